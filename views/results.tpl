% rebase("layout.tpl", title="Result")
% label, by, said = answer["label"], answer["answered_by"], answer["feedback"]
% if by == "you":
<h1>This review is <span class="{{label}}">{{label}}</span>, as you told the service</h1>
<p class="verdict {{label}}" id="verdict">{{label.capitalize()}}, from your answer</p>
<p class="hint" id="model-alone">The model alone says {{percent(answer["model_positive"])}} positive. The service
answers this review for you as you said; others get the model's verdict until a reviewer agrees.</p>
% elif by != "model":
%   who = "reviewers" if by == "reviewers" else f"{said[label]} people"
<h1>This review is <span class="{{label}}">{{label}}</span>, as {{who}} told the service</h1>
<p class="verdict {{label}}" id="verdict">{{label.capitalize()}}: {{who}} said so</p>
<p class="hint" id="model-alone">The model alone says {{percent(answer["model_positive"])}} positive.</p>
% elif answer["unreadable_script"]:
<h1>The model is <span class="unsure">unsure</span> about this review</h1>
<p class="verdict unsure" id="verdict">Unsure: it cannot read {{answer["unreadable_script"]}}</p>
% elif answer["unsure"]:
<h1>The model is <span class="unsure">unsure</span> about this review</h1>
<p class="verdict unsure" id="verdict">Unsure: {{percent(answer["positive"])}} positive</p>
<p class="hint">Between {{percent(unsure_band[0])}} and {{percent(unsure_band[1])}} the model is right only a little more often
than a coin; your answer below helps most here.</p>
% else:
<h1>The model thinks this review is <span class="{{label}}">{{label}}</span></h1>
<p class="verdict {{label}}" id="verdict">{{label.capitalize()}}, {{percent(answer["probability"])}} sure</p>
% end
<p class="hint" id="scores">{{" · ".join(f"{s['label'].capitalize()} {percent(s['score'])}" for s in answer["scores"])}}</p>
% if by != "you" and (said["positive"] or said["negative"]):
<p class="notice" id="people-said" role="note">{{people_said(said)}} about this review.</p>
% end
% if answer["unreadable_script"]:
<p class="notice" id="unreadable-script" role="note">This review is mostly in {{answer["unreadable_script"]}} script,
which the model never learned to read: it answers Unsure rather than guess.</p>
% elif answer["unknown_words"] is not None and answer["unknown_words"] > mostly_unknown:
<p class="notice" id="unknown-words" role="note">Most of this review's words ({{percent(answer["unknown_words"])}})
never appeared in the reviews the model learned from, so this answer is little more than a guess.</p>
% end
% if answer["feedback_token"]:
<form method="post" action="/thanks">
  <input type="hidden" name="review" value="{{review}}">
  <input type="hidden" name="feedback_token" value="{{answer["feedback_token"]}}">
  % teaches = "A reviewer checks your answer before the model learns from it." if reviewed else "Your answer teaches it at once."
  % if answer["unsure"] or by != "model":
  <p>Which is it? {{teaches}}</p>
  <div class="buttons">
    <button type="submit" name="feedback" value="positive">Positive</button>
    <button type="submit" name="feedback" value="negative">Negative</button>
  </div>
  % else:
  <p>Was the model right? {{teaches}}</p>
  <div class="buttons">
    <button type="submit" name="feedback" value="correct">Correct</button>
    <button type="submit" name="feedback" value="incorrect" class="secondary">Incorrect</button>
  </div>
  % end
</form>
% else:
<p class="hint" id="feedback-off">Feedback is switched off on this server right now, so the model cannot learn from
this review.</p>
% end
<h2 id="why">Why: the words that pushed it</h2>
<p class="hint">Words that pushed towards positive are green with a straight underline, towards negative red
with a wavy one; the stronger the colour, the stronger the push. Each word's share of the score is in its tooltip
and in the list below the review.</p>
<div class="card review" id="review" lang="{{lang_of(review)}}" aria-describedby="why">{{!marked_review}}</div>
<details id="word-scores"><summary>Every marked word and its share of the score</summary>
<ol class="contributions">{{!word_scores}}</ol></details>
<div class="columns">
  <section aria-labelledby="pros"><h2 id="pros">Phrases that pushed it most towards positive</h2>
  <p class="hint">Each phrase's own weight in the score (a word's share above adds up every phrase it is in).</p>
  <ol class="contributions">{{!pros}}</ol>
  % if not pros:
  <p class="hint">Nothing pushed it towards positive.</p>
  % end
  </section>
  <section aria-labelledby="cons"><h2 id="cons">Phrases that pushed it most towards negative</h2>
  <p class="hint">Each phrase's own weight in the score.</p>
  <ol class="contributions">{{!cons}}</ol>
  % if not cons:
  <p class="hint">Nothing pushed it towards negative.</p>
  % end
  </section>
</div>
<p><a href="/">Submit another review</a></p>
<p class="hint" id="version">Model version {{answer["model_version"]}}, with feedback applied up to row
{{answer["feedback_upto"]}}.</p>
