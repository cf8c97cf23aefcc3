% rebase("layout.tpl", title="Result")
% label = answer["label"]
<h1>The model thinks this review is <span class="{{label}}">{{label}}</span></h1>
<p class="verdict {{label}}">{{label.capitalize()}} — {{"%.1f" % (100 * answer["probability"])}}% sure</p>
<div class="card review">{{review}}</div>
<form method="post" action="/thanks">
  <input type="hidden" name="review" value="{{review}}">
  <input type="hidden" name="feedback_token" value="{{answer["feedback_token"]}}">
  <p>Was the model right? Your answer teaches it at once.</p>
  <div class="buttons">
    <button type="submit" name="feedback" value="correct">Correct</button>
    <button type="submit" name="feedback" value="incorrect" class="secondary">Incorrect</button>
  </div>
</form>
<p><a href="/">Submit another review</a></p>
<p class="hint">Model version {{answer["model_version"]}}.</p>
