import { useId } from 'react';
import { pgDimension } from '../../../shared/domain/vocabulary';
import { dutchDecimal, dutchNumber } from '../strings/dutch';
import { strings } from '../strings';

type Dimension = (typeof pgDimension.codes)[number];
export type PgSeries = { name: string; scores: Partial<Record<Dimension, number | null>> };

// Wide enough that "Dagelijks functioneren" and "Mentaal welbevinden" stand beside the web, inside the picture.
const WIDTH = 470;
const HEIGHT = 290;
const CENTRE_X = WIDTH / 2;
const CENTRE_Y = HEIGHT / 2;
const RADIUS = 100;
const RINGS = [2, 4, 6, 8, 10];
// Each series its own line, so two moments read apart without colour: solid, dashed, dotted.
const STROKES = ['', '6 4', '2 3'] as const;

/** Where a score sits on its dimension's spoke: the first spoke points up, the rest go round clockwise. */
function point(index: number, score: number): [number, number] {
  const angle = (index / pgDimension.codes.length) * 2 * Math.PI - Math.PI / 2;
  const distance = (score / 10) * RADIUS;
  return [CENTRE_X + distance * Math.cos(angle), CENTRE_Y + distance * Math.sin(angle)];
}

// A web needs three spokes to be a shape: with fewer scored, the table alone says it.
const MIN_DIMENSIONS = 3;

/**
 * The Positieve Gezondheid "spinnenweb": six spokes from 0 in the middle to
 * 10 at the rim, one outline per moment. The table beside it holds the same
 * numbers, for a screen reader and for anyone who reads figures faster than
 * shapes. A dimension without a score is left out of its outline.
 */
export function PgSpiderChart({ title, series, means = false }: { title: string; series: readonly PgSeries[]; means?: boolean }) {
  const titleId = useId();
  // Scores are whole numbers; means always show one decimal, so "5,0" stands beside "5,4".
  const figure = (value: number | null | undefined) => (value === null || value === undefined ? '–' : means ? dutchDecimal(value) : dutchNumber(value));
  const scored = pgDimension.codes.filter((dimension) => series.some((one) => one.scores[dimension] !== null && one.scores[dimension] !== undefined));
  return (
    <figure className="pg-chart">
      <figcaption id={titleId}>{title}</figcaption>
      <div className="pg-chart-body">
        {scored.length >= MIN_DIMENSIONS && (
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
          {RINGS.map((ring) => (
            <polygon key={ring} className="pg-ring" points={pgDimension.codes.map((_, index) => point(index, ring).join(',')).join(' ')} />
          ))}
          {/* The scale along the first spoke: 0 in the middle, 5 and 10 on their rings. */}
          {[0, 5, 10].map((value) => {
            const [x, y] = point(0, value);
            return (
              <text key={value} className="pg-scale" x={x + 4} y={y} dominantBaseline="middle">
                {value}
              </text>
            );
          })}
          {pgDimension.codes.map((dimension, index) => {
            const [x, y] = point(index, 10);
            const [labelX, labelY] = point(index, 12.4);
            const anchor = Math.abs(labelX - CENTRE_X) < 4 ? 'middle' : labelX > CENTRE_X ? 'start' : 'end';
            return (
              <g key={dimension}>
                <line className="pg-spoke" x1={CENTRE_X} y1={CENTRE_Y} x2={x} y2={y} />
                <text className="pg-axis-label" x={labelX} y={labelY} textAnchor={anchor} dominantBaseline="middle">
                  {pgDimension.labels[dimension]}
                </text>
              </g>
            );
          })}
          {series.map((one, seriesIndex) => {
            const points = pgDimension.codes.flatMap((dimension, index) => {
              const score = one.scores[dimension];
              return score === null || score === undefined ? [] : [{ dimension, xy: point(index, score) }];
            });
            return (
              <g key={one.name} className={`pg-series pg-series-${seriesIndex}`}>
                <polygon points={points.map(({ xy }) => xy.join(',')).join(' ')} strokeDasharray={STROKES[seriesIndex % STROKES.length]} />
                {/* Round points for the first series, square for the next: the two read apart on a grey printout too. */}
                {points.map(({ dimension, xy: [x, y] }) => (seriesIndex === 0 ? <circle key={dimension} cx={x} cy={y} r={3.5} /> : <rect key={dimension} x={x - 3.5} y={y - 3.5} width={7} height={7} />))}
              </g>
            );
          })}
        </svg>
        )}
        <table className="pg-chart-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{strings.pg.dimension}</th>
              {series.map((one, seriesIndex) => (
                <th key={one.name} scope="col">
                  <span className={`pg-key pg-series-${seriesIndex}`} aria-hidden="true" /> {one.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pgDimension.codes.map((dimension) => (
              <tr key={dimension}>
                <th scope="row">{pgDimension.labels[dimension]}</th>
                {series.map((one) => (
                  <td key={one.name}>{figure(one.scores[dimension])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
