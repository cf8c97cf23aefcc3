% rebase("layout.tpl", title="Review feedback")
<h1>{{_("Review feedback")}}</h1>
<p class="hint">{{!_("Signed in as {name} ({role}).", name="<strong>%s</strong>" % html_escape(who[0]), role=_(who[1]))}}
% if reviewed:
{{_("The service learns feedback without a key only once a reviewer approves it.")}}
% else:
{{_("The service learns feedback at once, with a small step when it comes without a key; approving gives it a full step.")}}
% end
{{!_("Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>l</kbd> relabel, <kbd>p</kbd>/<kbd>n</kbd> label positive or negative, <kbd>u</kbd> undo what was just done.")}}</p>
<form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="link">{{_("Sign out")}}</button></form>
% if done == "label":
<p class="notice" role="status" id="review-done" data-next="{{next_item}}">{{_("Labelled: 1.")}}</p>
% elif done and decided:
<div class="notice" role="status" id="review-done" data-next="{{next_item}}">
  % rows = ", ".join(f"{i}: {_(label)}" for i, label in decided)
  % if done == "undo":
  <p>{{_("Undone: row {rows} is pending again.", rows=", ".join(i for i, _l in decided)) if len(decided) == 1 else _("Undone: rows {rows} are pending again.", rows=", ".join(i for i, _l in decided))}}</p>
  % else:
  <form method="post" action="/review" class="inline">
    <p>{{_(words[done])}} {{_("row") if len(decided) == 1 else _("rows")}} {{rows}}.
    <input type="hidden" name="csrf" value="{{csrf}}">
    % for i, _l in decided:
    <input type="hidden" name="id" value="{{i}}">
    % end
    <button type="submit" name="action" value="undo" class="secondary" aria-keyshortcuts="u">{{_("Undo")}}</button></p>
  </form>
  % end
</div>
% end
<h2 id="pending-heading">{{_("Pending feedback: {n}", n=pending_total)}}</h2>
% if pending:
<p class="hint">{{_("Where the person disagreed with the model first, then where the model was unsure, then the rest; {n} shown.", n=len(pending))}}</p>
<form method="post" action="/review" id="bulk" class="buttons">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <button type="submit" name="action" value="approve">{{_("Approve selected")}}</button>
  <button type="submit" name="action" value="reject" class="secondary">{{_("Reject selected")}}</button>
</form>
% end
% for k, item in enumerate(pending):
<article class="card item" tabindex="-1" id="item-{{item["id"]}}" aria-labelledby="title-{{item["id"]}}">
  % ids = ",".join(map(str, item["ids"]))
  <h3 id="title-{{item["id"]}}"><input type="checkbox" name="id" value="{{ids}}" form="bulk"
    aria-label="{{_("Select row {id}", id=item["id"])}}"> {{!_("Row {id}: the person says {label}, the model said {model} ({p} sure)", id=item["id"], label=label_span(item["label"]), model=label_span(item["model_label"]), p=percent(item["model_probability"])) if len(item["ids"]) == 1 else _("Rows {ids}: {n} times from {clients} clients, saying {label}, the model said {model} ({p} sure)", ids=", ".join(map(str, item["ids"])), n=len(item["ids"]), clients=item["clients"], label=label_span(item["label"]), model=label_span(item["model_label"]), p=percent(item["model_probability"]))}}</h3>
  <p class="hint">{{_("From {client} at {date} UTC; the model now says {p} positive.", client=item["client"], date=item["date"][:19].replace("T", " "), p=percent(item["model_positive_now"]))}}</p>
  <div class="review" lang="{{lang_of(item["review"])}}">{{!item["marked"]}}</div>
  <form method="post" action="/review" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="id" value="{{ids}}">
    % if k + 1 < len(pending):
    <input type="hidden" name="next" value="{{pending[k + 1]["id"]}}">
    % end
    <button type="submit" name="action" value="approve" aria-keyshortcuts="a">{{_("Approve {label}", label=_(item["label"]))}}</button>
    <button type="submit" name="action" value="reject" class="secondary" aria-keyshortcuts="r">{{_("Reject")}}</button>
    <button type="submit" name="action" value="relabel" class="secondary" aria-keyshortcuts="l">{{_("Relabel {label}", label=_("negative" if item["label"] == "positive" else "positive"))}}</button>
  </form>
</article>
% end
% if not pending:
<p id="nothing-pending">{{_("Nothing is waiting for review.")}}</p>
% end
<h2 id="audit-heading">{{_("Audit: label these blind")}}</h2>
<p class="hint">{{!_("A random sample of the answers the service gave. Say what each review is; its answer is not shown, so that the share it got right says how good it is today (<a href=\"/stats\">statistics</a>).")}}</p>
% for item in audit:
<article class="card item" tabindex="-1" id="audit-{{item["audit"]}}">
  <div class="review" lang="{{lang_of(item["review"])}}">{{item["review"]}}</div>
  <form method="post" action="/review/audit" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="audit" value="{{item["audit"]}}">
    <button type="submit" name="label" value="positive" aria-keyshortcuts="p">{{_("Positive")}}</button>
    <button type="submit" name="label" value="negative" class="secondary" aria-keyshortcuts="n">{{_("Negative")}}</button>
  </form>
</article>
% end
% if not audit:
<p id="nothing-audit">{{_("No audit items are waiting.")}}</p>
% end
% if reviewed:
<h2 id="unsure-heading">{{_("The model is unsure about these")}}</h2>
<p class="hint">{{_("Recent predictions between {low} and {high} positive; labelling one teaches the model as your own feedback does.", low=percent(unsure_band[0]), high=percent(unsure_band[1]))}}</p>
% for item in unsure:
<article class="card item" tabindex="-1" id="sample-{{item["sample"]}}">
  <p class="hint">{{_("The model says {p} positive ({date} UTC).", p=percent(item["model_positive"]), date=item["date"][:19].replace("T", " "))}}</p>
  <div class="review" lang="{{lang_of(item["review"])}}">{{!item["marked"]}}</div>
  <form method="post" action="/review/unsure" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="sample" value="{{item["sample"]}}">
    <button type="submit" name="label" value="positive">{{_("Positive")}}</button>
    <button type="submit" name="label" value="negative" class="secondary">{{_("Negative")}}</button>
  </form>
</article>
% end
% if not unsure:
<p id="nothing-unsure">{{_("No unsure predictions are waiting.")}}</p>
% end
% end
<script>{{!scripts["review"]}}</script>
