% rebase("layout.tpl", title=title)
<h1>{{title}}</h1>
<p class="error" role="alert">{{message}}</p>
<p><a href="/">Back to the review form</a></p>
