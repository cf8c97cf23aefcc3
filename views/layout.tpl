<!doctype html>
<html lang="{{html_lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{_(title)}} · sentiment</title>
<style>
:root { color-scheme: light dark; --bg: #fbfbf8; --fg: #1d1d1b; --muted: #54544f; --card: #fff;
  --line: #d4d4cc; --accent: #1c4fb8; --accent-fg: #fff; --pos: #13683a; --neg: #a3241d;
  --pos-bg: 19, 140, 72; --neg-bg: 200, 40, 30; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #161614; --fg: #ecece6; --muted: #b4b4aa; --card: #202020; --line: #4a4a44;
    --accent: #8fb3ff; --accent-fg: #0d1020; --pos: #7fdca0; --neg: #ff9b90;
    --pos-bg: 40, 170, 100; --neg-bg: 230, 70, 60; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: baseline; padding-top: 1rem; }
header .brand { font-weight: 700; font-size: 1.25rem; color: var(--fg); text-decoration: none; }
nav a { margin-right: 1rem; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .75rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.25rem; }
label { display: block; font-weight: 600; margin-bottom: .35rem; }
textarea { width: 100%; min-height: 12rem; padding: .6rem; font: inherit; color: var(--fg);
  background: var(--card); border: 1px solid var(--muted); border-radius: 8px; resize: vertical; }
.hint { color: var(--muted); font-size: .9rem; margin: .3rem 0 1rem; }
button, .button { display: inline-block; font: inherit; font-weight: 600; padding: .55rem 1.1rem; border-radius: 8px;
  border: 2px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer;
  text-decoration: none; }
button.secondary { background: transparent; color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 3px; }
.error { border-left: 5px solid var(--neg); padding: .5rem .9rem; margin: 0 0 1rem; background: var(--card); }
.verdict { font-size: 1.3rem; font-weight: 700; }
.positive { color: var(--pos); }
.negative { color: var(--neg); }
.unsure { color: var(--fg); }
.notice { border-left: 5px solid var(--accent); padding: .5rem .9rem; margin: 0 0 1rem; background: var(--card); }
.review { white-space: pre-wrap; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; } .review-cell { overflow-wrap: anywhere; min-width: 7rem; }
@media (max-width: 600px) { #batch-table { font-size: .85rem; } #batch-table td, #batch-table th { padding: .3rem .25rem; } }
button.link { background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; }
.refused td { background: rgba(var(--neg-bg), .08); } .error-text { color: var(--neg); }
#reviews { min-height: 8rem; } input[type=file] { margin: .25rem 0 .5rem; }
.buttons { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
footer { color: var(--muted); font-size: .85rem; padding: 2rem 1rem; }
mark { color: inherit; background: transparent; border-radius: 3px; padding: 0 1px; }
mark.p1 { background: rgba(var(--pos-bg), .15); } mark.p2 { background: rgba(var(--pos-bg), .3); }
mark.p3 { background: rgba(var(--pos-bg), .45); } mark.p4 { background: rgba(var(--pos-bg), .6); }
mark.n1 { background: rgba(var(--neg-bg), .15); } mark.n2 { background: rgba(var(--neg-bg), .3); }
mark.n3 { background: rgba(var(--neg-bg), .45); } mark.n4 { background: rgba(var(--neg-bg), .6); }
mark[class^=p] { text-decoration: underline solid rgb(var(--pos-bg)); text-underline-offset: 3px; }
mark[class^=n] { text-decoration: underline wavy rgb(var(--neg-bg)); text-underline-offset: 3px; }
form.inline { display: inline; } input.wide { width: 100%; padding: .5rem; font: inherit; }
.item { margin: 1rem 0; } .item h3 { font-size: 1.05rem; margin: 0 0 .3rem; } .item:focus { outline: 3px solid var(--accent); }
kbd { border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; font-size: .85rem; }
details { margin: .75rem 0; } summary { cursor: pointer; color: var(--accent); }

.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 0 1.5rem; }
.contributions { padding-left: 1.4rem; margin: 0; }
.contributions li { margin: .15rem 0; }
.phrase { font-weight: 600; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .dot { fill: var(--accent); } svg .axis { stroke: var(--muted); } svg .bar { fill: var(--accent); } svg .line { stroke: var(--accent); fill: none; stroke-width: 2; }
svg .pos { fill: rgb(var(--pos-bg)); } svg .neg { fill: rgb(var(--neg-bg)); }
@media (max-width: 600px) { svg text { font-size: 22px; } }  /* a 640-wide chart is drawn at about half size */
</style>
</head>
<body>
<header><a class="brand" href="/">sentiment</a>
<nav aria-label="{{_("Main")}}"><a href="/">{{_("Classify a review")}}</a> <a href="/batch">{{_("Many reviews")}}</a>
<a href="/stats">{{_("Statistics")}}</a> <a href="/model">{{_("The model")}}</a>
<a href="{{switch["href"]}}" lang="{{switch["lang"]}}" hreflang="{{switch["lang"]}}" id="language">{{switch["name"]}}</a></nav></header>
<main>
{{!base}}
</main>
<footer>{{_("A linear model over word n-grams that learns from every Correct / Incorrect click.")}}
<a href="/review">{{_("Reviewers: review feedback")}}</a></footer>
</body>
</html>
