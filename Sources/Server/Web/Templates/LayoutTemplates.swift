/// The frame of every page (`head`, `foot`), the error page and the sign-in page.
enum LayoutTemplates {
    static let head = #"""
<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{chrome.title}} · 政务服务平台自查填报</title>
<style>
{{>style}}
</style>
</head>
<body>
<header class="top">
  <div class="brand"><a href="/web">政务服务平台自查填报</a> <small>国务院办公厅</small></div>
  {{#chrome}}
  <nav>{{#nav}}<a href="{{href}}"{{#current}} class="current" aria-current="page"{{/current}}>{{label}}</a>{{/nav}}</nav>
  {{#reviewer}}
  <form class="signout" method="post" action="/web/sign-out">
    <span class="who">审核人：{{reviewer}}</span>
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">退出登录</button>
  </form>
  {{/reviewer}}
  {{/chrome}}
</header>
<main>
"""#

    static let foot = #"""
</main>
<footer>全国互联网政务服务平台自查整改情况报送 · Zicha</footer>
</body>
</html>
"""#

    static let style = #"""
:root { --ink:#1f2933; --muted:#5f6b7a; --line:#d9dee5; --bg:#f5f7fa; --accent:#b3261e; --blue:#1d5fa8; --ok:#2e7d32; --warn:#b26a00; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.55 "PingFang SC","Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--blue); }
header.top { display:flex; flex-wrap:wrap; align-items:center; gap:1rem; background:#fff; border-bottom:3px solid var(--accent); padding:.6rem 1.2rem; }
header.top .brand a { color:var(--accent); font-weight:700; font-size:1.1rem; text-decoration:none; }
header.top .brand small { color:var(--muted); margin-left:.4rem; }
header.top nav { display:flex; gap:.2rem; flex:1; }
header.top nav a { padding:.3rem .7rem; border-radius:4px; text-decoration:none; }
header.top nav a.current { background:var(--accent); color:#fff; }
form.signout { display:flex; align-items:center; gap:.5rem; margin:0; }
.who { color:var(--muted); }
main { max-width:1200px; margin:1rem auto; padding:0 1rem; }
footer { text-align:center; color:var(--muted); font-size:.85rem; padding:2rem 0; }
h1 { font-size:1.45rem; margin:.4rem 0 .8rem; }
h2 { font-size:1.15rem; margin:1.4rem 0 .6rem; border-left:4px solid var(--accent); padding-left:.5rem; }
h3 { font-size:1rem; margin:1rem 0 .4rem; }
.card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem 1.2rem; margin-bottom:1rem; }
.grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(280px,1fr)); gap:1rem; }
table { border-collapse:collapse; width:100%; background:#fff; }
th, td { border:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
th { background:#eef1f5; font-weight:600; white-space:nowrap; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.scroll { overflow-x:auto; }
.muted { color:var(--muted); }
.mono { font-family:ui-monospace,"DejaVu Sans Mono",monospace; font-size:.85rem; word-break:break-all; }
.tag { display:inline-block; padding:0 .45rem; border-radius:3px; font-size:.85rem; white-space:nowrap; background:#e8ecf1; }
.tag.onTime, .tag.accepted, .tag.pass, .tag.confirmed, .tag.resolved, .tag.completed { background:#e3f2e5; color:var(--ok); }
.tag.late, .tag.returned, .tag.fail, .tag.discrepancy, .tag.overdue { background:#fbe4e2; color:var(--accent); }
.tag.missing { background:#3b4350; color:#fff; }
.tag.pending, .tag.received, .tag.open, .tag.inProgress, .tag.planned { background:#fff3dc; color:var(--warn); }
.notice { background:#e3f2e5; border:1px solid #b7dcbb; padding:.6rem .9rem; border-radius:5px; margin-bottom:1rem; }
.alert { background:#fbe4e2; border:1px solid #f0b8b3; padding:.6rem .9rem; border-radius:5px; margin-bottom:1rem; color:#7a1a14; }
.finding { margin:.25rem 0; padding:.25rem .5rem; border-left:3px solid var(--warn); background:#fff8ea; font-size:.9rem; }
.finding.error { border-color:var(--accent); background:#fdeeed; }
form.inline { display:inline; }
form.filters { display:flex; flex-wrap:wrap; gap:.8rem; align-items:flex-end; }
label { display:block; font-size:.9rem; color:var(--muted); }
label.choice { display:inline-block; color:var(--ink); margin-right:1rem; }
input, select, textarea, button { font:inherit; }
input[type=text], input[type=password], input[type=date], input[type=number], select, textarea { padding:.3rem .4rem; border:1px solid #b8c0cc; border-radius:4px; background:#fff; }
textarea { width:100%; min-height:5rem; }
button { background:var(--blue); color:#fff; border:0; border-radius:4px; padding:.35rem .9rem; cursor:pointer; }
button.danger { background:var(--accent); }
button.plain { background:#e8ecf1; color:var(--ink); }
dl.facts { display:grid; grid-template-columns:max-content 1fr; gap:.2rem 1rem; margin:0; }
dl.facts dt { color:var(--muted); }
dl.facts dd { margin:0; }
.big { font-size:2rem; font-weight:700; }
svg text { font-family:inherit; }
ul.tight { margin:.2rem 0; padding-left:1.2rem; }
.diff-from { background:#fdeeed; }
.diff-to { background:#e3f2e5; }
.pager { margin:.6rem 0; display:flex; gap:1rem; }
"""#

    static let error = #"""
{{>head}}
<h1>出错了（{{code}}）</h1>
<div class="card">
  <p>{{message}}</p>
  <p class="muted">{{messageEn}}</p>
  <p><a href="/web">返回首页</a></p>
</div>
{{>foot}}
"""#

    static let signIn = #"""
{{>head}}
<h1>审核人登录</h1>
<div class="card" style="max-width:34rem">
  {{#expired}}<div class="alert">登录已过期或已失效，请重新登录。<br><span class="muted">Your session has expired; please sign in again.</span></div>{{/expired}}
  {{#error}}<div class="alert">{{error}}</div>{{/error}}
  <form method="post" action="/web/sign-in">
    <input type="hidden" name="csrf" value="{{csrf}}">
    {{#next}}<input type="hidden" name="next" value="{{next}}">{{/next}}
    <label for="token">审核人令牌（由管理员用 <code>zicha-server reviewer add</code> 发放）</label>
    <p><input type="password" id="token" name="token" autocomplete="off" required style="width:100%"></p>
    <p><button type="submit" id="sign-in">登录</button></p>
  </form>
  <p class="muted">登录后 8 小时内有效。Sign in with your reviewer token; the session lasts 8 hours.</p>
</div>
{{>foot}}
"""#
}
