import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
} from 'chart.js';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatLocale } from '../../services/useFormatLocale';
import { chartHeight, typeColourVariable, type DomainChartData } from './domainChartData';
import { noteTypeLabel } from './noteTypeLabel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The theme shown now (`<html data-theme>`), following changes. */
function useThemeName(): string {
  return useSyncExternalStore(subscribeToTheme, () => document.documentElement.dataset.theme ?? '');
}

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export interface DomainsChartProps {
  data: DomainChartData;
  /** Describes the chart to screen readers (the table beside it holds the figures). */
  label: string;
  /** A bar was clicked. */
  onOpen(slug: string): void;
}

type Translate = (type: string) => string;

/** The datasets: one per note type, coloured from the theme. */
function chartDatasets(data: DomainChartData, typeName: Translate): ChartData<'bar'> {
  const background = cssVariable('--color-bg');
  return {
    labels: data.labels,
    datasets: data.series.map((series) => ({
      label: typeName(series.type),
      data: series.counts,
      backgroundColor: cssVariable(typeColourVariable(series.type)),
      // A line of the page's colour between stacked segments tells them apart.
      borderColor: background,
      borderWidth: (context) => (context.raw ? { left: 0, top: 0, bottom: 0, right: 1 } : 0),
      borderSkipped: false,
      barThickness: 20,
    })),
  };
}

/**
 * Notes per domain as horizontal bars stacked by note type (Chart.js on a canvas). Colours,
 * text and grid lines come from the theme's CSS variables and are read again when the theme
 * changes. The canvas is an image to assistive technology; the overview's table carries the same
 * figures as text, and its links do what clicking a bar does.
 */
export function DomainsChart({ data, label, onOpen }: DomainsChartProps) {
  const { t } = useTranslation('domains');
  const locale = useFormatLocale();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<'bar'> | null>(null);
  const theme = useThemeName();
  const latest = useRef({ data, onOpen });
  useEffect(() => {
    latest.current = { data, onOpen };
  });

  // A new chart when the theme or language changes: every colour and label is read again.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const text = cssVariable('--color-text');
    const muted = cssVariable('--color-text-muted');
    const grid = cssVariable('--color-border');
    const numbers = new Intl.NumberFormat(locale);
    const chart = new Chart<'bar'>(canvas, {
      type: 'bar',
      data: chartDatasets(latest.current.data, (type) => noteTypeLabel(type, t)),
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : { duration: 250 },
        locale,
        font: { family: cssVariable('--font-ui') },
        color: text,
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            ticks: { color: muted, precision: 0 },
            grid: { color: grid },
            border: { color: grid },
            title: { display: true, text: t('overview.axisNotes'), color: muted },
          },
          y: {
            stacked: true,
            ticks: { color: text, autoSkip: false },
            grid: { display: false },
            border: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, boxWidth: 12, boxHeight: 12 } },
          tooltip: {
            backgroundColor: cssVariable('--color-bg-panel'),
            titleColor: text,
            bodyColor: text,
            borderColor: cssVariable('--color-border-strong'),
            borderWidth: 1,
            callbacks: {
              label: (item) => `${item.dataset.label ?? ''}: ${numbers.format(item.parsed.x ?? 0)}`,
            },
          },
        },
        onClick: (_event, elements) => {
          const index = elements[0]?.index;
          const domain = index === undefined ? undefined : latest.current.data.domains[index];
          if (domain) latest.current.onOpen(domain.slug);
        },
        onHover: (event, elements) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement)
            target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
        },
      },
    });
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, [theme, t, locale]);

  // New figures (the vault changed) update the chart in place.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    chart.data = chartDatasets(data, (type) => noteTypeLabel(type, t));
    chart.update();
  }, [data, t]);

  return (
    <div className="domains-chart" style={{ height: chartHeight(data.labels.length) }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
