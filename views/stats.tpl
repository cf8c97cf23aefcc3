% rebase("layout.tpl", title="Statistics")
% W, H = 640, 200
<h1>{{_("How the model is doing")}}</h1>
% live, estimate = stats["live_accuracy"], stats["estimated_accuracy"]
<p id="live-accuracy">
% if live["labelled"]:
{{_("Version {version} was right on {right} of {labelled} audited answers ({accuracy}%; 95% interval {low}–{high}%).", version=live["version"], right=int(round(live["accuracy"] * live["labelled"])), labelled=live["labelled"], accuracy="%.0f" % (100 * live["accuracy"]), low="%.0f" % (100 * live["interval"][0]), high="%.0f" % (100 * live["interval"][1]))}}
% else:
{{!_("No audited answers of version {version} yet: reviewers label a random sample of its answers blind on the <a href=\"/review\">review page</a>, without seeing what it said (<code>SENTIMENT_AUDIT_RATE</code>, 1% by default).", version=live["version"])}}
% end
</p>
% if estimate:
<p id="estimated-accuracy">{{_("Estimated from its probabilities over the last {answers} answers of this worker: {p} right.", answers=estimate["answers"], p=percent(estimate["accuracy"]))}}
% if stats["miscalibrated"]:
<strong>{{_("The audited interval excludes this estimate: the model's probabilities are off (miscalibrated).")}}</strong>
% end
</p>
% end
% for alert in stats["alerts"]:
<p class="notice" role="status" id="alert-{{alert["signal"]}}">{{_("Drift: {message}.", message=alert["message"])}}</p>
% end
<p id="feedback-count">{{_("{n} feedbacks so far. Feedback says what people chose to correct, mostly where an answer looked wrong, so it is counted here, never taken for accuracy.", n=stats["feedback"])}}</p>

<h2 id="per-day">{{_("Feedback per day")}}</h2>
% days = stats["feedback_per_day"][-60:]
% if days:
%   top = max(d["feedback"] for d in days)
%   bw = min((W - 60) / len(days), 40)
<svg viewBox="0 0 {{W}} {{H + 30}}" role="img" aria-labelledby="per-day" id="chart-per-day">
  <line class="axis" x1="50" y1="{{H}}" x2="{{W}}" y2="{{H}}"/>
  <text x="44" y="14" text-anchor="end">{{top}}</text><text x="44" y="{{H}}" text-anchor="end">0</text>
%   for i, d in enumerate(days):
%     h = (H - 10) * d["feedback"] / top
  <rect class="bar" x="{{"%.1f" % (55 + i * bw)}}" y="{{"%.1f" % (H - h)}}" width="{{"%.1f" % max(bw - 2, 1)}}" height="{{"%.1f" % h}}"><title>{{_("{day}: {n} feedbacks", day=d["day"], n=d["feedback"])}}</title></rect>
%   end
  <text x="55" y="{{H + 20}}">{{days[0]["day"]}}</text>
%   if len(days) > 1:
  <text x="{{W}}" y="{{H + 20}}" text-anchor="end">{{days[-1]["day"]}}</text>
%   end
</svg>
% else:
<p class="hint">{{_("No feedback yet.")}}</p>
% end

<h2 id="timeline">{{_("Model versions")}}</h2>
<p id="served">{{!_("Serving version {version}; feedback withdrawn since (a changed answer, a rejection, <code>forget</code>) is not counted above.", version=stats["served_version"])}}</p>
% for v, c in stats["candidates"].items():
<p id="candidate-{{v}}">{{_("Candidate version {v}, on the {n} reviewers' labels since it was made ({anonymous} anonymous clicks beside them do not count):", v=v, n=c["n"], anonymous=c["anonymous"])}}
% if c["n"]:
{{_("agrees with the served answers on {agree}%, right on {right}% against {served}% for what was served.", agree="%.1f" % (100 * c["agree"] / c["n"]), right="%.1f" % (100 * c["right"] / c["n"]), served="%.1f" % (100 * c["served_right"] / c["n"]))}}
% end
</p>
% end
% if stats["live_accuracy_by_version"]:
<table id="audited"><caption>{{_("Audited answers, by the version that gave them")}}</caption>
<thead><tr><th scope="col">{{_("Version")}}</th><th scope="col">{{_("Audited")}}</th><th scope="col">{{_("Right")}}</th><th scope="col">{{_("95% interval")}}</th></tr></thead><tbody>
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
  <circle class="bar" cx="{{"%.1f" % x}}" cy="40" r="7"><title>{{_("version {v}, created {created}", v=v["version"], created=v["created"])}}</title></circle>
  <text x="{{"%.1f" % x}}" y="22" text-anchor="middle">v{{v["version"]}}{{_(" (served)") if v["version"] == stats["served_version"] else _(" (candidate)") if v["candidate"] else ""}}</text>
  <text x="{{"%.1f" % x}}" y="66" text-anchor="middle">{{(v["created"] or "")[:10]}}</text>
  <text x="{{"%.1f" % x}}" y="82" text-anchor="middle">{{_("dev {p}%", p="%.1f" % (100 * v["dev_accuracy"])) if v["dev_accuracy"] else _("feedback ≤ {upto}", upto=v["feedback_upto"])}}</text>
%   end
</svg>
% end

<h2 id="words">{{_("Most common words in reviews people said were misclassified")}}</h2>
% words = stats["misclassified_words"]
% if words:
%   top = words[0]["reviews"]
<svg viewBox="0 0 {{W}} {{22 * len(words) + 10}}" role="img" aria-labelledby="words" id="chart-words">
%   for i, w in enumerate(words):
  <text x="130" y="{{22 * i + 20}}" text-anchor="end">{{w["word"]}}</text>
  <rect class="neg" x="136" y="{{22 * i + 7}}" width="{{"%.1f" % ((W - 180) * w["reviews"] / top)}}" height="16"><title>{{_("{word}: in {n} misclassified reviews", word=w["word"], n=w["reviews"])}}</title></rect>
  <text x="{{"%.1f" % (142 + (W - 180) * w["reviews"] / top)}}" y="{{22 * i + 20}}">{{w["reviews"]}}</text>
%   end
</svg>
% else:
<p class="hint">{{_("No misclassified reviews yet.")}}</p>
% end
<p class="hint">{{!_("The same numbers as JSON: <a href=\"/api/stats\">/api/stats</a>. Prometheus: <a href=\"/metrics\">/metrics</a>.")}}</p>
