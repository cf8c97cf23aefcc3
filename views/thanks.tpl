% rebase("layout.tpl", title="Thank you")
<h1>Thank you for your feedback</h1>
% if status == "pending":
<p id="pending">It was saved, and is waiting for a reviewer: this service learns feedback only once a reviewer has
approved it, so the model has not learned from it yet and still says {{percent(now)}} positive.</p>
% else:
<p id="answer-now">It was saved. From now on the service answers <strong class="{{answer["label"]}}">{{answer["label"]}}</strong>
for this review, because you said so.</p>
<p id="model-moved">The model itself learned from it too: it gave this review {{percent(was)}} positive before, and
{{percent(now)}} now (model version {{answer["model_version"]}}, feedback applied up to row {{answer["feedback_upto"]}}).</p>
%   if not keyed:
<p class="hint" id="small-step">Feedback without a reviewer key moves the model by a small step, so that no crowd of
clicks can steer it; a reviewer's approval gives it a full one.</p>
%   elif abs(now - was) < 0.1:
<p class="hint" id="barely-moved">One review barely moves a model that learned from 25,000: reviews like this one
will change only after more examples like it.</p>
%   end
% end
<form method="post" action="/thanks" class="change">
  <input type="hidden" name="review" value="{{review}}">
  <input type="hidden" name="feedback_token" value="{{token}}">
  <p>Clicked the wrong button? You can change your answer for {{minutes}} minutes.</p>
  <button type="submit" name="feedback" value="{{other}}" class="secondary">Change my answer to
    {{"Correct" if other == "correct" else "Incorrect"}}</button>
</form>
<p><a class="button" href="/">Submit another review</a></p>
