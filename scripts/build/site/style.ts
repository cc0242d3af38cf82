/** The static pages' one stylesheet (a file, not inline: the pages' CSP is style-src 'self'). */
export const STATIC_CSS = `:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:46rem;padding:1rem 1.25rem 3rem}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-top:1px solid #ddd;padding-top:1rem}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
h4{font-size:.95rem;margin:.5rem 0 .25rem}
a{color:#1d4f91}
.muted,.crumbs,.note{color:#555}
.swatch{vertical-align:-2px;margin-right:.4em}
.status{font-size:1.2rem}
.record{border-left:3px solid #ddd;padding-left:.9rem;margin:1rem 0}
.record dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.5rem 0}
.record dt{color:#555}
.record dd{margin:0}
.sources{padding-left:1.2rem}
.children{columns:16rem;padding-left:1.2rem}
.button{display:inline-block;padding:.45rem .9rem;border:1px solid #1d4f91;border-radius:4px;text-decoration:none}
.links{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0}
footer{margin-top:2.5rem;border-top:1px solid #ddd;font-size:.9rem;color:#444}
.static-legend ul{list-style:none;padding:0}
.static-legend .count{color:#555;font-variant-numeric:tabular-nums}
.poster svg{width:100%;height:auto;display:block}
`;
