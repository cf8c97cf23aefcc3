% rebase("layout.tpl", title=title)
<h1>{{title}}</h1>
<p class="error" role="alert">{{message}}</p>
% if title.startswith("401"):
<p><a href="/login">Sign in with a reviewer key</a></p>
% end
% if back == "/batch":
<p><a href="/batch">Back to many reviews</a></p>
% else:
<p><a href="/">Back to the review form</a></p>
% end
