% rebase("layout.tpl", title="Review feedback")
<h1>Review feedback</h1>
<p class="hint">Signed in as <strong>{{who[0]}}</strong> ({{who[1]}}).
% if reviewed:
The service learns feedback without a key only once a reviewer approves it.
% else:
The service learns feedback at once, with a small step when it comes without a key; approving gives it a full step.
% end
Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> approve, <kbd>r</kbd> reject, <kbd>l</kbd> relabel,
<kbd>p</kbd>/<kbd>n</kbd> label positive or negative, <kbd>u</kbd> undo what was just done.</p>
<form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
<button type="submit" class="link">Sign out</button></form>
% if done == "label":
<p class="notice" role="status" id="review-done" data-next="{{next_item}}">Labelled: 1.</p>
% elif done and decided:
<div class="notice" role="status" id="review-done" data-next="{{next_item}}">
  % rows = ", ".join(f"{i}: {label}" for i, label in decided)
  % if done == "undo":
  <p>Undone: {{"row" if len(decided) == 1 else "rows"}} {{", ".join(i for i, _ in decided)}} {{"is" if len(decided) == 1 else "are"}} pending again.</p>
  % else:
  <form method="post" action="/review" class="inline">
    <p>{{words[done]}} {{"row" if len(decided) == 1 else "rows"}} {{rows}}.
    <input type="hidden" name="csrf" value="{{csrf}}">
    % for i, _ in decided:
    <input type="hidden" name="id" value="{{i}}">
    % end
    <button type="submit" name="action" value="undo" class="secondary" aria-keyshortcuts="u">Undo</button></p>
  </form>
  % end
</div>
% end
<h2 id="pending-heading">Pending feedback: {{pending_total}}</h2>
% if pending:
<p class="hint">Where the person disagreed with the model first, then where the model was unsure, then the rest;
{{len(pending)}} shown.</p>
<form method="post" action="/review" id="bulk" class="buttons">
  <input type="hidden" name="csrf" value="{{csrf}}">
  <button type="submit" name="action" value="approve">Approve selected</button>
  <button type="submit" name="action" value="reject" class="secondary">Reject selected</button>
</form>
% end
% for k, item in enumerate(pending):
<article class="card item" tabindex="-1" id="item-{{item["id"]}}" aria-labelledby="title-{{item["id"]}}">
  % ids = ",".join(map(str, item["ids"]))
  <h3 id="title-{{item["id"]}}"><input type="checkbox" name="id" value="{{ids}}" form="bulk"
    aria-label="Select row {{item["id"]}}"> {{"Row %d" % item["id"] if len(item["ids"]) == 1 else "Rows " + ", ".join(map(str, item["ids"]))}}:
    {{"the person says" if len(item["ids"]) == 1 else "%d times from %d %s, saying" % (len(item["ids"]), item["clients"], "client" if item["clients"] == 1 else "clients")}}
    <span class="{{item["label"]}}">{{item["label"]}}</span>, the model said
    <span class="{{item["model_label"]}}">{{item["model_label"]}}</span> ({{percent(item["model_probability"])}} sure)</h3>
  <p class="hint">From {{item["client"]}} at {{item["date"][:19].replace("T", " ")}} UTC; the model now says
  {{percent(item["model_positive_now"])}} positive.</p>
  <div class="review" lang="{{lang_of(item["review"])}}">{{!item["marked"]}}</div>
  <form method="post" action="/review" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="id" value="{{ids}}">
    % if k + 1 < len(pending):
    <input type="hidden" name="next" value="{{pending[k + 1]["id"]}}">
    % end
    <button type="submit" name="action" value="approve" aria-keyshortcuts="a">Approve {{item["label"]}}</button>
    <button type="submit" name="action" value="reject" class="secondary" aria-keyshortcuts="r">Reject</button>
    <button type="submit" name="action" value="relabel" class="secondary" aria-keyshortcuts="l">Relabel
      {{"negative" if item["label"] == "positive" else "positive"}}</button>
  </form>
</article>
% end
% if not pending:
<p id="nothing-pending">Nothing is waiting for review.</p>
% end
<h2 id="audit-heading">Audit: label these blind</h2>
<p class="hint">A random sample of the answers the service gave. Say what each review is; its answer is not shown,
so that the share it got right says how good it is today (<a href="/stats">statistics</a>).</p>
% for item in audit:
<article class="card item" tabindex="-1" id="audit-{{item["audit"]}}">
  <div class="review" lang="{{lang_of(item["review"])}}">{{item["review"]}}</div>
  <form method="post" action="/review/audit" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="audit" value="{{item["audit"]}}">
    <button type="submit" name="label" value="positive" aria-keyshortcuts="p">Positive</button>
    <button type="submit" name="label" value="negative" class="secondary" aria-keyshortcuts="n">Negative</button>
  </form>
</article>
% end
% if not audit:
<p id="nothing-audit">No audit items are waiting.</p>
% end
% if reviewed:
<h2 id="unsure-heading">The model is unsure about these</h2>
<p class="hint">Recent predictions between {{percent(unsure_band[0])}} and {{percent(unsure_band[1])}} positive; labelling one teaches the
model as your own feedback does.</p>
% for item in unsure:
<article class="card item" tabindex="-1" id="sample-{{item["sample"]}}">
  <p class="hint">The model says {{percent(item["model_positive"])}} positive
  ({{item["date"][:19].replace("T", " ")}} UTC).</p>
  <div class="review" lang="{{lang_of(item["review"])}}">{{!item["marked"]}}</div>
  <form method="post" action="/review/unsure" class="buttons">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="sample" value="{{item["sample"]}}">
    <button type="submit" name="label" value="positive">Positive</button>
    <button type="submit" name="label" value="negative" class="secondary">Negative</button>
  </form>
</article>
% end
% if not unsure:
<p id="nothing-unsure">No unsure predictions are waiting.</p>
% end
% end
<script>{{!scripts["review"]}}</script>
