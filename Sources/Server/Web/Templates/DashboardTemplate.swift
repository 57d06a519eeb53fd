/// The round's dashboard.
enum DashboardTemplate {
    static let text = #"""
{{>head}}
<h1>{{title}}</h1>
<div class="grid">
  <div class="card">
    <dl class="facts">
      <dt>轮次</dt><dd>{{round}}{{#closed}} <span class="tag missing">已关闭</span>{{/closed}}</dd>
      <dt>截止日期</dt><dd>{{deadline}}（北京时间 24:00）</dd>
      <dt>服务器时间</dt><dd>{{asOf}}</dd>
      <dt>应报单位</dt><dd>{{filers}} 家</dd>
    </dl>
    <p class="big" id="days-left">{{daysLeft}}</p>
    {{#hasOtherRounds}}
    <p>其他轮次：{{#rounds}}{{^current}}<a href="{{href}}">{{id}}</a> {{/current}}{{/rounds}}</p>
    {{/hasOtherRounds}}
  </div>
  <div class="card">
    <h3>报送情况（按截止时间）</h3>
    {{#deadlineChart}}{{>barChart}}{{/deadlineChart}}
  </div>
  <div class="card">
    <h3>审核情况（最新版本）</h3>
    {{#reviewChart}}{{>barChart}}{{/reviewChart}}
  </div>
</div>

<h2>应报单位名单</h2>
<form class="filters card" method="get" action="/web/rounds/{{round}}">
  <div><label for="f-deadline">报送状态</label>
    <select id="f-deadline" name="deadline">{{#deadlineOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/deadlineOptions}}</select></div>
  <div><label for="f-review">审核状态</label>
    <select id="f-review" name="review">{{#reviewOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reviewOptions}}</select></div>
  <div><label for="f-kind">地区 / 部门</label>
    <select id="f-kind" name="kind">{{#kindOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kindOptions}}</select></div>
  <div><label class="choice"><input type="checkbox" name="overdue" value="1"{{#overdue}} checked{{/overdue}}> 仅看整改逾期</label></div>
  <div><button type="submit">筛选</button> <a href="/web/rounds/{{round}}">清除</a></div>
  <div style="margin-left:auto"><a id="csv" href="{{csvHref}}">导出 CSV</a></div>
</form>
<p class="muted">符合条件 {{matched}} 家{{#hasRows}}，显示第 {{shownFrom}}–{{shownTo}} 家{{/hasRows}}。</p>
<div class="scroll">
<table id="roster">
  <thead><tr><th>代码</th><th>单位</th><th>类别</th><th>报送状态</th><th>首次报送时间</th><th class="num">最新版本</th><th>审核状态</th><th>整改期限</th><th class="num">警告</th></tr></thead>
  <tbody>
  {{#rows}}
  <tr>
    <td class="mono">{{code}}</td>
    <td><a href="{{href}}">{{name}}</a></td>
    <td>{{kind}}</td>
    <td><span class="tag {{deadlineStatus}}">{{deadlineLabel}}</span></td>
    <td>{{firstReceivedAt}}</td>
    <td class="num">{{latestVersion}}</td>
    <td>{{#reviewState}}<span class="tag {{reviewState}}">{{reviewLabel}}</span>{{/reviewState}}{{^reviewState}}<span class="muted">—</span>{{/reviewState}}</td>
    <td>{{followUpDueOn}}{{#overdue}} <span class="tag overdue">已逾期</span>{{/overdue}}</td>
    <td class="num">{{warnings}}</td>
  </tr>
  {{/rows}}
  {{^rows}}<tr><td colspan="9" class="muted">没有符合条件的单位。</td></tr>{{/rows}}
  </tbody>
</table>
</div>
<div class="pager">{{#previous}}<a href="{{previous}}">上一页</a>{{/previous}}{{#next}}<a href="{{next}}">下一页</a>{{/next}}</div>
{{>foot}}
"""#
}
