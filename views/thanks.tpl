% rebase("layout.tpl", title="Thank you")
<h1>Thank you for your feedback</h1>
% before, after = percents(was, now)
% if status == "pending":
<p id="pending">It was saved, and is waiting for a reviewer: this service learns feedback only once a reviewer has
approved it, so the model has not learned from it yet and still says {{after}} positive. Until then the service answers
<strong class="{{label}}">{{label}}</strong> for this review to you alone.</p>
% else:
%   if keyed:
<p id="answer-now">It was saved. From now on the service answers <strong class="{{answer["label"]}}">{{answer["label"]}}</strong>
for this review to everyone, because a reviewer said so.</p>
%   else:
<p id="answer-now">It was saved. From now on the service answers <strong class="{{label}}">{{label}}</strong>
for this review to you. Others still get the model's own verdict, with a note that people said {{label}}, until a
reviewer agrees or {{agree}} different addresses say the same and none says otherwise.</p>
%   end
<p id="model-moved">The model itself learned from it too: its own verdict on this review moved from {{before}} to
{{after}} positive (model version {{answer["model_version"]}}, feedback applied up to row {{answer["feedback_upto"]}}).</p>
%   if not keyed:
<p class="hint" id="small-step">That is a small step on purpose: an answer without a reviewer key counts
{{f"{step:.0%}"}} of a reviewer's, so that no crowd of clicks can steer the model; reviewers' answers count fully.</p>
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
    {{other.capitalize()}}</button>
</form>
<p><a class="button" href="/">Submit another review</a></p>
