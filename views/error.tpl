% rebase("layout.tpl", title=title)
<h1>{{_(title)}}</h1>
<p class="error" role="alert">{{_(message)}}</p>
% if title.startswith("401"):
<p><a href="/login">{{_("Sign in with a reviewer key")}}</a></p>
% end
% if back == "/batch":
<p><a href="/batch">{{_("Back to many reviews")}}</a></p>
% else:
<p><a href="/">{{_("Back to the review form")}}</a></p>
% end
