% rebase("layout.tpl", title="Thank you")
<h1>{{_("Thank you for your feedback")}}</h1>
% before, after = percents(was, now)
% said = '<strong class="%s">%s</strong>' % (label, _(label))
% if status == "pending":
<p id="pending">{{!_("It was saved, and is waiting for a reviewer: this service learns feedback only once a reviewer has approved it, so the model has not learned from it yet and still says {p} positive. Until then the service answers {label} for this review to you alone.", p=after, label=said)}}</p>
% else:
%   if keyed:
<p id="answer-now">{{!_("It was saved. From now on the service answers {label} for this review to everyone, because a reviewer said so.", label='<strong class="%s">%s</strong>' % (answer["label"], _(answer["label"])))}}</p>
%   else:
<p id="answer-now">{{!_("It was saved. From now on the service answers {label} for this review to you. Others still get the model's own verdict, with a note that people said {plain}, until a reviewer agrees or {agree} different addresses say the same and none says otherwise.", label=said, plain=_(label), agree=agree)}}</p>
%   end
<p id="model-moved">{{_("The model itself learned from it too: its own verdict on this review moved from {before} to {after} positive (model version {version}, feedback applied up to row {upto}).", before=before, after=after, version=answer["model_version"], upto=answer["feedback_upto"])}}</p>
%   if not keyed:
<p class="hint" id="small-step">{{_("That is a small step on purpose: an answer without a reviewer key counts {step} of a reviewer's, so that no crowd of clicks can steer the model; reviewers' answers count fully.", step=f"{step * 100:g}%")}}</p>
%   elif abs(now - was) < 0.1:
<p class="hint" id="barely-moved">{{_("One review barely moves a model that learned from 25,000: reviews like this one will change only after more examples like it.")}}</p>
%   end
% end
<form method="post" action="/thanks" class="change">
  <input type="hidden" name="review" value="{{review}}">
  <input type="hidden" name="feedback_token" value="{{token}}">
  <p>{{_("Clicked the wrong button? You can change your answer for {minutes} minutes.", minutes=minutes)}}</p>
  <button type="submit" name="feedback" value="{{other}}" class="secondary">{{_("Change my answer to {other}", other=_(other.capitalize()))}}</button>
</form>
<p><a class="button" href="/">{{_("Submit another review")}}</a></p>
