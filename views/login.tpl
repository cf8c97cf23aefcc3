% rebase("layout.tpl", title="Sign in to review")
<h1>{{_("Sign in to review feedback")}}</h1>
% if message:
<p class="error" role="alert" id="login-error">{{_(message)}}</p>
% end
<form class="card" method="post" action="/login">
  <label for="key">{{_("Reviewer or admin key")}}</label>
  <input id="key" name="key" type="password" autocomplete="off" required spellcheck="false"
% if message:
    aria-invalid="true" aria-describedby="login-error key-hint"
% else:
    aria-describedby="key-hint"
% end
    class="wide">
  <p class="hint" id="key-hint">{{!_("An administrator makes keys with <code>python sentiment.py keys add --role reviewer --name NAME</code>. Signing in sets a cookie that lasts 12 hours.")}}</p>
  <button type="submit">{{_("Sign in")}}</button>
</form>
