% rebase("layout.tpl", title="Statistics")
% W, H = 640, 200
<h1>How the model is doing</h1>
% live, estimate = stats["live_accuracy"], stats["estimated_accuracy"]
<p id="live-accuracy">
% if live["labelled"]:
Version {{live["version"]}} was right on {{int(round(live["accuracy"] * live["labelled"]))}} of {{live["labelled"]}} audited answers
({{"%.0f" % (100 * live["accuracy"])}}%; 95% interval {{"%.0f" % (100 * live["interval"][0])}}–{{"%.0f" % (100 * live["interval"][1])}}%).
% else:
No audited answers of version {{live["version"]}} yet: reviewers label a random sample of its answers blind on the
<a href="/review">review page</a>, without seeing what it said (<code>SENTIMENT_AUDIT_RATE</code>, 1% by default).
% end
</p>
% if estimate:
<p id="estimated-accuracy">Estimated from its probabilities over the last {{estimate["answers"]}} answers of this worker:
{{percent(estimate["accuracy"])}} right.
% if stats["miscalibrated"]:
<strong>The audited interval excludes this estimate: the model's probabilities are off (miscalibrated).</strong>
% end
</p>
% end
% for alert in stats["alerts"]:
<p class="notice" role="status" id="alert-{{alert["signal"]}}">Drift: {{alert["message"]}}.</p>
% end
<p id="feedback-count">{{stats["feedback"]}} feedbacks so far. Feedback says what people chose to correct, mostly where an answer
looked wrong, so it is counted here, never taken for accuracy.</p>

<h2 id="per-day">Feedback per day</h2>
% days = stats["feedback_per_day"][-60:]
% if days:
%   top = max(d["feedback"] for d in days)
%   bw = min((W - 60) / len(days), 40)
<svg viewBox="0 0 {{W}} {{H + 30}}" role="img" aria-labelledby="per-day" id="chart-per-day">
  <line class="axis" x1="50" y1="{{H}}" x2="{{W}}" y2="{{H}}"/>
  <text x="44" y="14" text-anchor="end">{{top}}</text><text x="44" y="{{H}}" text-anchor="end">0</text>
%   for i, d in enumerate(days):
%     h = (H - 10) * d["feedback"] / top
  <rect class="bar" x="{{"%.1f" % (55 + i * bw)}}" y="{{"%.1f" % (H - h)}}" width="{{"%.1f" % max(bw - 2, 1)}}" height="{{"%.1f" % h}}"><title>{{d["day"]}}: {{d["feedback"]}} feedbacks</title></rect>
%   end
  <text x="55" y="{{H + 20}}">{{days[0]["day"]}}</text>
%   if len(days) > 1:
  <text x="{{W}}" y="{{H + 20}}" text-anchor="end">{{days[-1]["day"]}}</text>
%   end
</svg>
% else:
<p class="hint">No feedback yet.</p>
% end

<h2 id="timeline">Model versions</h2>
<p id="served">Serving version {{stats["served_version"]}}; feedback withdrawn since (a changed answer, a rejection,
<code>forget</code>) is not counted above.</p>
% for v, c in stats["candidates"].items():
<p id="candidate-{{v}}">Candidate version {{v}}, on the {{c["n"]}} reviewers' labels since it was made
({{c["anonymous"]}} anonymous clicks beside them do not count):
% if c["n"]:
agrees with the served answers on {{"%.1f" % (100 * c["agree"] / c["n"])}}%, right on
{{"%.1f" % (100 * c["right"] / c["n"])}}% against {{"%.1f" % (100 * c["served_right"] / c["n"])}}% for what was served.
% end
</p>
% end
% if stats["live_accuracy_by_version"]:
<table id="audited"><caption>Audited answers, by the version that gave them</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Audited</th><th scope="col">Right</th><th scope="col">95% interval</th></tr></thead><tbody>
%   for v in stats["live_accuracy_by_version"]:
<tr><td>{{v["version"]}}</td><td>{{v["labelled"]}}</td><td>{{"%.1f" % (100 * v["accuracy"])}}%</td><td>{{"%.0f–%.0f%%" % (100 * v["interval"][0], 100 * v["interval"][1])}}</td></tr>
%   end
</tbody></table>
% end
% versions = stats["model_versions"]
% if versions:
%   vw = (W - 80) / max(len(versions) - 1, 1)
<svg viewBox="0 0 {{W}} 90" role="img" aria-labelledby="timeline" id="chart-versions">
  <line class="axis" x1="40" y1="40" x2="{{W - 40}}" y2="40"/>
%   for i, v in enumerate(versions):
%     x = 40 + i * vw if len(versions) > 1 else W / 2
  <circle class="bar" cx="{{"%.1f" % x}}" cy="40" r="7"><title>version {{v["version"]}}, created {{v["created"]}}</title></circle>
  <text x="{{"%.1f" % x}}" y="22" text-anchor="middle">v{{v["version"]}}{{" (served)" if v["version"] == stats["served_version"] else " (candidate)" if v["candidate"] else ""}}</text>
  <text x="{{"%.1f" % x}}" y="66" text-anchor="middle">{{(v["created"] or "")[:10]}}</text>
  <text x="{{"%.1f" % x}}" y="82" text-anchor="middle">{{"dev %.1f%%" % (100 * v["dev_accuracy"]) if v["dev_accuracy"] else "feedback ≤ %d" % v["feedback_upto"]}}</text>
%   end
</svg>
% end

<h2 id="words">Most common words in reviews people said were misclassified</h2>
% words = stats["misclassified_words"]
% if words:
%   top = words[0]["reviews"]
<svg viewBox="0 0 {{W}} {{22 * len(words) + 10}}" role="img" aria-labelledby="words" id="chart-words">
%   for i, w in enumerate(words):
  <text x="130" y="{{22 * i + 20}}" text-anchor="end">{{w["word"]}}</text>
  <rect class="neg" x="136" y="{{22 * i + 7}}" width="{{"%.1f" % ((W - 180) * w["reviews"] / top)}}" height="16"><title>{{w["word"]}}: in {{w["reviews"]}} misclassified reviews</title></rect>
  <text x="{{"%.1f" % (142 + (W - 180) * w["reviews"] / top)}}" y="{{22 * i + 20}}">{{w["reviews"]}}</text>
%   end
</svg>
% else:
<p class="hint">No misclassified reviews yet.</p>
% end
<p class="hint">The same numbers as JSON: <a href="/api/stats">/api/stats</a>. Prometheus: <a href="/metrics">/metrics</a>.</p>
