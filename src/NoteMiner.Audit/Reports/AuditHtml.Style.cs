namespace NoteMiner.Audit.Reports;

/// <summary>The report's inline stylesheet: screen and print, no web fonts, colours that survive printing.</summary>
public static partial class AuditHtml
{
    private const string Style = """

:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0b5cad;
--present:#1a7f37;--present-bg:#dafbe1;--weak:#9a6700;--weak-bg:#fff1c2;--missing:#c4202b;--missing-bg:#ffebe9;
--tpl:#6e40c9;--tpl-bg:#f1e9ff}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:1180px;margin:0 auto;padding:0 32px}
.report-head{padding:28px 0 12px;border-bottom:3px solid var(--ink)}
h1{font-size:28px;margin:0 0 4px;letter-spacing:-.01em}
h2{font-size:21px;margin:36px 0 6px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:22px 0 8px}
.meta,.scope{color:var(--muted);margin:2px 0}
.scope{font-style:italic}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:1px 4px;border-radius:4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.kicker{font-size:13px;font-weight:600;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-right:4px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px;margin:12px 0 8px}
.card{border:1px solid var(--line);border-left:5px solid var(--line);border-radius:6px;padding:10px 12px;background:#fff}
.card .figure{font-size:24px;font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums}
.card .label{font-size:13px;color:var(--muted)}
.card.good{border-left-color:var(--present)}.card.warn{border-left-color:#d4a72c}.card.bad{border-left-color:var(--missing)}
table{width:100%;border-collapse:collapse;margin:6px 0 10px;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid var(--line)}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border-bottom:2px solid var(--line);background:var(--soft)}
tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.wire{display:block;font:11px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);font-weight:400}
.pill{display:inline-block;min-width:64px;text-align:center;padding:1px 9px;border-radius:999px;font-size:12px;font-weight:700;
text-transform:uppercase;letter-spacing:.04em;border:1px solid transparent;white-space:nowrap}
.pill.present{color:var(--present);background:var(--present-bg);border-color:#aceebb}
.pill.weak{color:var(--weak);background:var(--weak-bg);border-color:#f0d77a}
.pill.missing{color:var(--missing);background:var(--missing-bg);border-color:#ffc1bc}
.flag{display:inline-block;padding:0 7px;border-radius:4px;font-size:12px;font-weight:600}
.flag.good{color:var(--present);background:var(--present-bg)}.flag.warn{color:var(--weak);background:var(--weak-bg)}
.flag.bad{color:var(--missing);background:var(--missing-bg)}
.none{color:var(--muted)}
.bar-col{width:28%}
.bar{display:inline-flex;vertical-align:middle;width:calc(100% - 52px);height:12px;background:var(--present-bg);border-radius:3px;overflow:hidden}
.bar .seg{display:block;height:100%}.bar .seg.missing{background:var(--missing)}.bar .seg.weak{background:#e3b341}
.rate{display:inline-block;width:46px;text-align:right;font-weight:600;font-variant-numeric:tabular-nums}
.chip{display:inline-block;margin:1px 2px;padding:0 6px;border-radius:4px;font-size:12px;border:1px solid}
.chip.missing{color:var(--missing);background:var(--missing-bg);border-color:#ffc1bc}
.chip.weak{color:var(--weak);background:var(--weak-bg);border-color:#f0d77a}
.more{font-size:12px;color:var(--muted)}
.strip{display:flex;gap:2px}
.strip .cell{display:block;width:14px;height:18px;border-radius:2px}
.cell.present{background:var(--present)}.cell.weak{background:#e3b341}.cell.missing{background:var(--missing)}
.callout{border:1px solid var(--line);border-left:5px solid;border-radius:6px;padding:10px 16px;margin:12px 0}
.callout.bad{border-left-color:var(--missing);background:#fffafa}
.callout.good{border-left-color:var(--present);background:#f7fff9}
.callout h3{margin:2px 0 6px}
.count{display:inline-block;background:var(--missing);color:#fff;border-radius:999px;font-size:12px;padding:0 8px;vertical-align:2px}
.gap-list{margin:0;padding-left:0;list-style:none}
.gap-list li{margin:5px 0}
.checklist tr.row-missing>th{box-shadow:inset 4px 0 var(--missing)}
.checklist tr.row-weak>th{box-shadow:inset 4px 0 #e3b341}
.checklist tr.row-present>th{box-shadow:inset 4px 0 var(--present)}
.checklist th[scope=row]{width:24%}
.reason{margin:0 0 6px}
.sub{margin:8px 0 4px;font-size:13px;color:var(--muted)}
.quote{margin:6px 0 8px;padding:6px 10px;border-left:3px solid var(--line);background:var(--soft);border-radius:0 4px 4px 0}
.quote blockquote{margin:0;font-family:Georgia,"Times New Roman",serif;font-size:14.5px;white-space:pre-wrap;overflow-wrap:anywhere}
.quote blockquote::before{content:"“"}.quote blockquote::after{content:"”"}
.quote figcaption{margin-top:3px;font-size:12px;color:var(--muted)}
.quote.templated{border-left-color:var(--tpl)}
.quote.negated{border-left-color:var(--missing);background:#fff7f7}
.quote.negated blockquote{text-decoration:line-through;text-decoration-color:#e5a3a3}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.badge{display:inline-block;margin-left:6px;padding:0 6px;border-radius:4px;font-size:11px;font-weight:700;letter-spacing:.03em}
.badge.ocr{color:#0b5cad;background:#ddf4ff}.badge.ocr-low{color:var(--missing);background:var(--missing-bg)}
.badge.templated{color:var(--tpl);background:var(--tpl-bg)}
.conf{margin-left:6px}
.date{white-space:nowrap;font-variant-numeric:tabular-nums}
.events td:nth-child(3),.events td:nth-child(4){width:38%}
details.more summary{cursor:pointer;font-size:12.5px;color:var(--accent)}
.checklist{table-layout:fixed}
.checklist col.el{width:24%}.checklist col.st{width:112px}.checklist col.sc{width:64px}
.overview th[scope=row]{white-space:nowrap}
.rates th,.rates td{padding:5px 8px}
.path{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.templated-list{padding-left:0;list-style:none}
footer{margin-top:40px;padding:10px 0 30px;border-top:1px solid var(--line);font-size:13px;color:var(--muted)}
@media print{
body{font-size:10.5pt}
.page{max-width:none;padding:0}
a{color:inherit}
.chart{break-before:page}
tr,figure,.callout,.card{break-inside:avoid}
thead{display:table-header-group}
details.more{display:none}
h2,h3{break-after:avoid}
}
@page{margin:14mm}

""";
}
