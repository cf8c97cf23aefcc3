% rebase("layout.tpl", title="Statistics")
% W, H = 640, 200
<h1>How the model is doing</h1>
<p>{{stats["feedback"]}} feedbacks so far;
% if stats["feedback"]:
the model was right {{stats["correct"]}} times ({{"%.0f" % (100 * stats["correct"] / stats["feedback"])}}%).
% else:
none yet. Classify a review and say whether the model was right.
% end
</p>

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
  <rect class="bar" x="{{"%.1f" % (55 + i * bw)}}" y="{{"%.1f" % (H - h)}}" width="{{"%.1f" % max(bw - 2, 1)}}" height="{{"%.1f" % h}}"><title>{{d["day"]}}: {{d["feedback"]}} feedbacks, {{d["correct"]}} correct</title></rect>
%   end
  <text x="55" y="{{H + 20}}">{{days[0]["day"]}}</text>
%   if len(days) > 1:
  <text x="{{W}}" y="{{H + 20}}" text-anchor="end">{{days[-1]["day"]}}</text>
%   end
</svg>
% else:
<p class="hint">No feedback yet.</p>
% end

<h2 id="rolling">Accuracy judged by feedback</h2>
% points = stats["rolling_accuracy"]["points"]
% if points:
<p class="hint">Share of "Correct" clicks over the last {{stats["rolling_accuracy"]["window"]}} feedbacks.</p>
%   n = max(len(points) - 1, 1)
%   coords = " ".join("%.1f,%.1f" % (50 + (W - 60) * i / n, 10 + (H - 10) * (1 - p["accuracy"])) for i, p in enumerate(points))
<svg viewBox="0 0 {{W}} {{H + 30}}" role="img" aria-labelledby="rolling" id="chart-rolling">
  <line class="axis" x1="50" y1="{{H}}" x2="{{W}}" y2="{{H}}"/>
  <text x="44" y="14" text-anchor="end">100%</text><text x="44" y="{{H}}" text-anchor="end">0%</text>
  <polyline class="line" points="{{coords}}"/>
%   if len(points) < 20:  # few points: a dot for each, so that one feedback is visible too
%     for xy in coords.split():
  <circle class="dot" cx="{{xy.split(",")[0]}}" cy="{{xy.split(",")[1]}}" r="5"/>
%     end
%   end
%   for i, p in enumerate(points):
%     if i == 0 or p["model_version"] != points[i - 1]["model_version"]:
  <line class="axis" stroke-dasharray="4 3" x1="{{"%.1f" % (50 + (W - 60) * i / n)}}" y1="10" x2="{{"%.1f" % (50 + (W - 60) * i / n)}}" y2="{{H}}"/>
  <text x="{{"%.1f" % (54 + (W - 60) * i / n)}}" y="{{H + 20}}">v{{p["model_version"]}}</text>
%     end
%   end
</svg>
<table><thead><tr><th scope="col">Model version</th><th scope="col">Feedbacks</th><th scope="col">Right</th></tr></thead><tbody>
%   for v in stats["accuracy_by_version"]:
<tr><td>{{v["model_version"]}}</td><td>{{v["feedback"]}}</td><td>{{"%.0f" % (100 * v["accuracy"])}}%</td></tr>
%   end
</tbody></table>
% else:
<p class="hint">No feedback yet.</p>
% end

<h2 id="timeline">Model versions</h2>
<p id="served">Serving version {{stats["served_version"]}}; feedback withdrawn since (a changed answer, a rejection,
<code>forget</code>) is not counted above.</p>
% for v, c in stats["candidates"].items():
<p id="candidate-{{v}}">Candidate version {{v}}, on the {{c["n"]}} feedbacks since it was made:
% if c["n"]:
agrees with the served answers on {{"%.1f" % (100 * c["agree"] / c["n"])}}%, right on
{{"%.1f" % (100 * c["right"] / c["n"])}}% against {{"%.1f" % (100 * c["served_right"] / c["n"])}}% for what was served.
% end
</p>
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

<h2 id="words">Most common words in misclassified reviews</h2>
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
