% rebase("layout.tpl", title="Thank you")
<h1>Thank you for your feedback</h1>
<p>It was saved, and the model has learned that this review is <strong class="{{label}}">{{label}}</strong>.</p>
<p>The model now gives this review <strong>{{"%.1f" % (100 * now)}}% positive</strong>
(was {{"%.1f" % (100 * was)}}%). Model version {{version}}.</p>
<p><a class="button" href="/">Submit another review</a></p>
