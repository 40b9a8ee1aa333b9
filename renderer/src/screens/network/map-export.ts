import type { NetworkData } from '../../state/network-data';
import { strings } from '../../strings';
import { formatDate } from '../../strings/dutch';
import type { LegendEntry, Mark } from './map-legend';
import type { NetworkFilters, Overlays } from './network-elements';

const text = strings.network;

/** What frames an exported map so it can hang on a wall: the title, what is shown, and the legend. */
export interface ExportFrame {
  title: string;
  summary: string;
  /** A saved view's caption, under the summary (a presentation's page). */
  caption?: string;
  legend: LegendEntry[];
}

/** "Thema: ontmoeting · alleen warm · laat zien: dubbelingen in aanbod · organisaties": the filters that shaped the map, in Dutch. */
export function filterSummary(data: NetworkData, filters: NetworkFilters, overlays: Overlays): string {
  const term = (id: string) => data.terms.find((candidate) => candidate.id === id)?.label ?? id;
  const shown = (Object.keys(overlays) as (keyof Overlays)[]).filter((name) => overlays[name]).map((name) => text.overlayLabels[name]);
  return [
    filters.kindId && `${text.kind}: ${term(filters.kindId)}`,
    filters.themeId && `${text.theme}: ${term(filters.themeId)}`,
    filters.targetGroupId && `${text.targetGroup}: ${term(filters.targetGroupId)}`,
    filters.minWarmth && text.warmthOptions[filters.minWarmth],
    filters.since && `${text.since.toLocaleLowerCase('nl')} ${formatDate(filters.since)}`,
    shown.length > 0 && `${text.overlays.toLocaleLowerCase('nl')}: ${shown.join(', ')}`,
    filters.reducePersons ? text.exportLevel.organisations : text.exportLevel.persons,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Sizes of the frame, in CSS pixels (an export is drawn at `scale` times these). */
const HEADER = 78;
const CAPTION_LINE = 26;
const LEGEND_WIDTH = 270;
const ROW = 24;
const PADDING = 20;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/** Room for a legend label beside its mark. */
const LABEL_WIDTH = LEGEND_WIDTH - 40;
/** A wrapped label's next line, below its first. */
const LINE = 17;

/** A label in lines no wider than `width` by `measure`, broken between words: a label is never squeezed or cut. */
export function wrapLabel(label: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Where each legend entry goes: its mark's middle and its label's lines, from the top of the legend's column (its title first). */
function legendLayout(frame: ExportFrame, measure: (text: string) => number): { mark: Mark; lines: string[]; y: number }[] {
  let y = ROW;
  return frame.legend.map(([, mark, label]) => {
    const lines = wrapLabel(label, LABEL_WIDTH, measure);
    const entry = { mark, lines, y };
    y += ROW + (lines.length - 1) * LINE;
    return entry;
  });
}

/** The legend column's height: its title and every entry's lines. */
function legendHeight(layout: readonly { lines: string[]; y: number }[]): number {
  const last = layout[layout.length - 1];
  return last ? last.y + (last.lines.length - 1) * LINE + ROW : ROW;
}

/** A label's width in the SVG, estimated (no canvas there): wide enough for DejaVu Sans at 14 px. */
const svgMeasure = (text: string) => text.length * 7.6;

/** The height above the map: title and summary, and the caption when there is one. */
function headerOf(frame: ExportFrame): number {
  return frame.caption ? HEADER + CAPTION_LINE : HEADER;
}

/** Size of the framed picture around a map of `width` × `height`. */
function frameSize(frame: ExportFrame, width: number, height: number, legend: readonly { lines: string[]; y: number }[]): { width: number; height: number } {
  const header = headerOf(frame);
  return { width: width + LEGEND_WIDTH, height: Math.max(header + height, header + PADDING + legendHeight(legend) + PADDING) };
}

function drawMark(context: CanvasRenderingContext2D, mark: Mark, x: number, y: number): void {
  context.save();
  context.fillStyle = mark.colour;
  context.strokeStyle = mark.colour;
  context.lineWidth = mark.thick ? 6 : 3;
  if (mark.shape === 'fill') context.fillRect(x, y - 7, 14, 14);
  else if (mark.shape === 'round' || mark.shape === 'underlay') {
    context.globalAlpha = mark.shape === 'underlay' ? 0.5 : 1;
    context.beginPath();
    context.arc(x + 7, y, 7, 0, 2 * Math.PI);
    context.fill();
  } else if (mark.shape === 'ring' || mark.shape === 'dashed-ring') {
    if (mark.shape === 'dashed-ring') context.setLineDash([3, 2]);
    context.strokeRect(x + 1.5, y - 5.5, 11, 11);
  } else {
    if (mark.shape === 'dashed-line') context.setLineDash([5, 3]);
    if (mark.shape === 'dotted-line') context.setLineDash([2, 2]);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 22, y);
    context.stroke();
  }
  context.restore();
}

/** The map's PNG (drawn at `scale`), framed: title and filters above, the legend beside it. */
export async function framedPng(map: Blob, frame: ExportFrame, scale: number): Promise<Blob> {
  const image = await createImageBitmap(map);
  const canvas = document.createElement('canvas');
  const measuring = canvas.getContext('2d');
  if (!measuring) throw new Error('Geen tekenvlak beschikbaar voor de export.');
  measuring.font = `14px ${FONT}`;
  // Laid out once: its height sizes the picture, its lines are drawn.
  const legend = legendLayout(frame, (text) => measuring.measureText(text).width);
  const size = frameSize(frame, image.width / scale, image.height / scale, legend);
  canvas.width = Math.round(size.width * scale);
  canvas.height = Math.round(size.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Geen tekenvlak beschikbaar voor de export.');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.fillStyle = '#111111';
  context.textBaseline = 'middle';
  context.font = `bold 26px ${FONT}`;
  context.fillText(frame.title, PADDING, 28);
  context.fillStyle = '#4a5563';
  context.font = `15px ${FONT}`;
  context.fillText(frame.summary, PADDING, 58);
  const header = headerOf(frame);
  if (frame.caption) {
    context.fillStyle = '#111111';
    context.font = `17px ${FONT}`;
    context.fillText(frame.caption, PADDING, 58 + CAPTION_LINE, size.width - 2 * PADDING);
  }
  context.drawImage(image, 0, header, image.width / scale, image.height / scale);
  const left = image.width / scale + PADDING / 2;
  context.fillStyle = '#111111';
  context.font = `bold 16px ${FONT}`;
  context.fillText(text.legend, left, header + PADDING);
  context.font = `14px ${FONT}`;
  for (const { mark, lines, y } of legend) {
    drawMark(context, mark, left, header + PADDING + y);
    context.fillStyle = '#111111';
    lines.forEach((line, index) => context.fillText(line, left + 30, header + PADDING + y + index * LINE));
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('De export kon niet worden gemaakt.'))), 'image/png'));
}

const escapeXml = (value: string) => value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);

function svgMark(mark: Mark, x: number, y: number): string {
  const width = mark.thick ? 6 : 3;
  if (mark.shape === 'fill') return `<rect x="${x}" y="${y - 7}" width="14" height="14" fill="${mark.colour}"/>`;
  if (mark.shape === 'round' || mark.shape === 'underlay') return `<circle cx="${x + 7}" cy="${y}" r="7" fill="${mark.colour}"${mark.shape === 'underlay' ? ' fill-opacity="0.5"' : ''}/>`;
  if (mark.shape === 'ring' || mark.shape === 'dashed-ring') return `<rect x="${x + 1.5}" y="${y - 5.5}" width="11" height="11" fill="none" stroke="${mark.colour}" stroke-width="3"${mark.shape === 'dashed-ring' ? ' stroke-dasharray="3 2"' : ''}/>`;
  const dash = mark.shape === 'dashed-line' ? ' stroke-dasharray="5 3"' : mark.shape === 'dotted-line' ? ' stroke-dasharray="2 2"' : '';
  return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${mark.colour}" stroke-width="${width}"${dash}/>`;
}

/** The map's SVG, framed the same way as the PNG: one SVG with the map nested in it. */
export function framedSvg(map: string, frame: ExportFrame): string {
  const inner = map.replace(/<\?xml[^>]*\?>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/i, '');
  const width = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(inner)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(inner)?.[1] ?? 600);
  const layout = legendLayout(frame, svgMeasure);
  const size = frameSize(frame, width, height, layout);
  const header = headerOf(frame);
  const left = width + PADDING / 2;
  const legend = layout
    .map(({ mark, lines, y }) => {
      const top = header + PADDING + y;
      return `${svgMark(mark, left, top)}${lines.map((line, index) => `<text x="${left + 30}" y="${top + index * LINE}" dominant-baseline="middle" font-size="14">${escapeXml(line)}</text>`).join('')}`;
    })
    .join('');
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family='${FONT}'>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PADDING}" y="28" dominant-baseline="middle" font-size="26" font-weight="bold" fill="#111111">${escapeXml(frame.title)}</text>`,
    `<text x="${PADDING}" y="58" dominant-baseline="middle" font-size="15" fill="#4a5563">${escapeXml(frame.summary)}</text>`,
    frame.caption ? `<text x="${PADDING}" y="${58 + CAPTION_LINE}" dominant-baseline="middle" font-size="17" fill="#111111">${escapeXml(frame.caption)}</text>` : '',
    `<g transform="translate(0 ${header})">${inner}</g>`,
    `<text x="${left}" y="${header + PADDING}" dominant-baseline="middle" font-size="16" font-weight="bold" fill="#111111">${escapeXml(text.legend)}</text>`,
    legend,
    `</svg>`,
  ].join('\n');
}
