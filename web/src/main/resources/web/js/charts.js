// Chart helpers: Chart.js (from its WebJar, loaded as a classic script) for the big charts, a
// hand-drawn canvas for the many small sparklines of the rankings (one Chart.js each would be slow).

export function chartLib() {
  const Chart = window.Chart;
  if (!Chart) throw new Error('图表组件未加载（/webjars/chart.js）');
  Chart.defaults.animation = false; // slow office PCs, and printing
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.maintainAspectRatio = false;
  return Chart;
}

export const COLORS = { onTime: '#1a7f37', late: '#d4a72c', notMet: '#b4161b', pending: '#a8b3c1', line: '#0b5cad', avg: '#9aa5b1' };

/** Draws a small line of values (0..max) into a canvas; the last point is marked. */
export function sparkline(canvas, values, max, color = COLORS.line) {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 120;
  const height = canvas.clientHeight || 28;
  canvas.width = width * ratio;
  canvas.height = height * ratio;
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  if (!values || values.length === 0) return;
  const top = max > 0 ? max : Math.max(1, ...values);
  const x = (i) => (values.length === 1 ? width - 3 : 2 + (i * (width - 5)) / (values.length - 1));
  const y = (v) => height - 3 - (Math.max(0, Math.min(v, top)) / top) * (height - 6);
  ctx.strokeStyle = '#e6e9ee';
  ctx.beginPath();
  ctx.moveTo(0, height - 3);
  ctx.lineTo(width, height - 3);
  ctx.stroke();
  ctx.strokeStyle = color;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  values.forEach((v, i) => (i === 0 ? ctx.moveTo(x(i), y(v)) : ctx.lineTo(x(i), y(v))));
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x(values.length - 1), y(values[values.length - 1]), 2.5, 0, Math.PI * 2);
  ctx.fill();
}
