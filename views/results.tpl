% rebase("layout.tpl", title="Result")
% label, by, said = answer["label"], answer["answered_by"], answer["feedback"]
% shown, sure = _(label), percent(answer["probability"])
% if by == "you":
<h1>{{!_("This review is {label}, as you told the service", label=f'<span class="{label}">{shown}</span>')}}</h1>
<p class="verdict {{label}}" id="verdict">{{_("{Label}, from your answer", Label=_(label.capitalize()))}}</p>
<p class="hint" id="model-alone">{{_("The model alone says {p} positive. The service answers this review for you as you said; others get the model's verdict until a reviewer agrees.", p=percent(answer["model_positive"]))}}</p>
% elif by != "model":
%   who = _("reviewers") if by == "reviewers" else _("{n} people", n=said[label])
<h1>{{!_("This review is {label}, as {who} told the service", label=f'<span class="{label}">{shown}</span>', who=html_escape(who))}}</h1>
<p class="verdict {{label}}" id="verdict">{{_("{Label}: {who} said so", Label=_(label.capitalize()), who=who)}}</p>
<p class="hint" id="model-alone">{{_("The model alone says {p} positive.", p=percent(answer["model_positive"]))}}</p>
% elif answer["unreadable_script"]:
<h1>{{!_("The model is {unsure} about this review", unsure='<span class="unsure">%s</span>' % _("unsure"))}}</h1>
<p class="verdict unsure" id="verdict">{{_("Unsure: it cannot read {script}", script=answer["unreadable_script"])}}</p>
% elif answer["unsure"]:
<h1>{{!_("The model is {unsure} about this review", unsure='<span class="unsure">%s</span>' % _("unsure"))}}</h1>
<p class="verdict unsure" id="verdict">{{_("Unsure: {p} positive", p=percent(answer["positive"]))}}</p>
<p class="hint">{{_("Between {low} and {high} the model is right only a little more often than a coin; your answer below helps most here.", low=percent(unsure_band[0]), high=percent(unsure_band[1]))}}</p>
% else:
<h1>{{!_("The model thinks this review is {label}", label=f'<span class="{label}">{shown}</span>')}}</h1>
<p class="verdict {{label}}" id="verdict">{{_("{Label}, {p} sure", Label=_(label.capitalize()), p=sure)}}</p>
% end
<p class="hint" id="scores">{{" · ".join(f"{_(s['label'].capitalize())} {percent(s['score'])}" for s in answer["scores"])}}</p>
% if by != "you" and (said["positive"] or said["negative"]):
<p class="notice" id="people-said" role="note">{{_("{said} about this review.", said=people_said(said))}}</p>
% end
% if answer["unreadable_script"]:
<p class="notice" id="unreadable-script" role="note">{{_("This review is mostly in {script} script, which the model never learned to read: it answers Unsure rather than guess.", script=answer["unreadable_script"])}}</p>
% elif answer["unknown_words"] is not None and answer["unknown_words"] > mostly_unknown:
<p class="notice" id="unknown-words" role="note">{{_("Most of this review's words ({share}) never appeared in the reviews the model learned from, so this answer is little more than a guess.", share=percent(answer["unknown_words"]))}}</p>
% end
% if answer["feedback_token"]:
<form method="post" action="/thanks">
  <input type="hidden" name="review" value="{{review}}">
  <input type="hidden" name="feedback_token" value="{{answer["feedback_token"]}}">
  % teaches = _("A reviewer checks your answer before the model learns from it.") if reviewed else _("Your answer teaches it at once.")
  % if answer["unsure"] or by != "model":
  <p>{{_("Which is it?")}} {{teaches}}</p>
  <div class="buttons">
    <button type="submit" name="feedback" value="positive">{{_("Positive")}}</button>
    <button type="submit" name="feedback" value="negative">{{_("Negative")}}</button>
  </div>
  % else:
  <p>{{_("Was the model right?")}} {{teaches}}</p>
  <div class="buttons">
    <button type="submit" name="feedback" value="correct">{{_("Correct")}}</button>
    <button type="submit" name="feedback" value="incorrect" class="secondary">{{_("Incorrect")}}</button>
  </div>
  % end
</form>
% else:
<p class="hint" id="feedback-off">{{_("Feedback is switched off on this server right now, so the model cannot learn from this review.")}}</p>
% end
<h2 id="why">{{_("Why: the words that pushed it")}}</h2>
<p class="hint">{{_("Words that pushed towards positive are green with a straight underline, towards negative red with a wavy one; the stronger the colour, the stronger the push. Each word's share of the score is in its tooltip and in the list below the review.")}}</p>
<div class="card review" id="review" lang="{{lang_of(review)}}" aria-describedby="why">{{!marked_review}}</div>
<details id="word-scores"><summary>{{_("Every marked word and its share of the score")}}</summary>
<ol class="contributions">{{!word_scores}}</ol></details>
<div class="columns">
  <section aria-labelledby="pros"><h2 id="pros">{{_("Words that pushed it most towards positive") if by_words else _("Phrases that pushed it most towards positive")}}</h2>
  % if by_words:
  <p class="hint">{{_("Each word's share of the score, as marked above.")}}</p>
  % else:
  <p class="hint">{{_("Each phrase's own weight in the score (a word's share above adds up every phrase it is in).")}}</p>
  % end
  <ol class="contributions">{{!pros}}</ol>
  % if not pros:
  <p class="hint">{{_("Nothing pushed it towards positive.")}}</p>
  % end
  </section>
  <section aria-labelledby="cons"><h2 id="cons">{{_("Words that pushed it most towards negative") if by_words else _("Phrases that pushed it most towards negative")}}</h2>
  <p class="hint">{{_("Each word's share of the score, as marked above.") if by_words else _("Each phrase's own weight in the score.")}}</p>
  <ol class="contributions">{{!cons}}</ol>
  % if not cons:
  <p class="hint">{{_("Nothing pushed it towards negative.")}}</p>
  % end
  </section>
</div>
<p><a href="/">{{_("Submit another review")}}</a></p>
<p class="hint" id="version">{{_("Model version {version}, with feedback applied up to row {upto}.", version=answer["model_version"], upto=answer["feedback_upto"])}}</p>
