import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { ActivityChartModel } from './activityChartModel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ActivityChartProps {
  model: ActivityChartModel;
  /** What the chart shows, in words: the canvas's accessible name. */
  summary: string;
  /** A tooltip line: a domain's entries in a week. */
  tooltipLine(series: string, entries: number): string;
}

interface ThemeColours {
  text: string;
  grid: string;
  background: string;
  font: string;
}

/** The theme's colours as CSS variables give them now (light or dark). */
function themeColours(): ThemeColours {
  const style = getComputedStyle(document.documentElement);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: value('--color-text-muted', '#5b6370'),
    grid: value('--color-border', '#dcdfe4'),
    background: value('--color-bg', '#ffffff'),
    font: value('--font-ui', 'system-ui, sans-serif'),
  };
}

function configuration(
  model: ActivityChartModel,
  colours: ThemeColours,
  tooltipLine: ActivityChartProps['tooltipLine'],
): ChartConfiguration<'bar'> {
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return {
    type: 'bar',
    data: {
      labels: model.weeks.map((w) => w.label),
      datasets: model.series.map((series) => ({
        label: series.label,
        data: series.shares,
        backgroundColor: series.colour,
        // A hairline in the page's colour separates stacked domains of similar colours.
        borderColor: colours.background,
        borderWidth: { top: 1 },
        borderSkipped: 'bottom',
        stack: 'entries',
        maxBarThickness: 22,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 200 },
      font: { family: colours.font, size: 11 },
      scales: {
        x: {
          stacked: true,
          grid: { display: false },
          border: { color: colours.grid },
          ticks: { color: colours.text, maxRotation: 0, autoSkipPadding: 12 },
        },
        y: {
          stacked: true,
          beginAtZero: true,
          suggestedMax: 3,
          border: { display: false },
          grid: { color: colours.grid },
          ticks: { color: colours.text, precision: 0 },
        },
      },
      plugins: {
        // The page lists the domains and their colours under the chart (ActivityInsight).
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => model.weeks[items[0]?.dataIndex ?? 0]?.range ?? '',
            label: (item) => {
              const series = model.series[item.datasetIndex];
              return series ? tooltipLine(series.label, series.entries[item.dataIndex] ?? 0) : '';
            },
          },
          filter: (item) => (item.raw as number) > 0,
        },
      },
    },
  };
}

/**
 * Entries per week as a stacked bar chart (chart.js), drawn in the theme's colours and drawn
 * again when the theme changes. The canvas is an image named by `summary`; the figures are in
 * the table beside it.
 */
export function ActivityChart({ model, summary, tooltipLine }: ActivityChartProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar'> | null>(null);
  const latest = useRef({ model, tooltipLine });
  useEffect(() => {
    latest.current = { model, tooltipLine };
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2D context (a test's DOM): the table still says everything.
    if (!canvas || typeof canvas.getContext !== 'function' || !canvas.getContext('2d')) return;
    const draw = () => {
      const { model: current, tooltipLine: line } = latest.current;
      chartRef.current?.destroy();
      chartRef.current = new Chart(canvas, configuration(current, themeColours(), line));
    };
    draw();
    const observer = new MutationObserver(draw);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      observer.disconnect();
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const next = configuration(model, themeColours(), tooltipLine);
    chart.data = next.data;
    chart.options = next.options!;
    chart.update();
  }, [model, tooltipLine]);

  return (
    <div className="activity-chart">
      <canvas ref={canvasRef} role="img" aria-label={summary} />
    </div>
  );
}
