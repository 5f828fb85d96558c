interface Bar {
  label: string;
  value: number;
}

interface Props {
  /** Unique on the page: the title and description are `<id>-title` and `<id>-desc`. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows and where its figures are (the table). */
  desc: string;
  bars: Bar[];
}

const WIDTH = 400;
const ROW = 48;
const BAR = 18;
/** Room after the longest bar for its value. */
const VALUE_ROOM = 48;
/** Dark blue on white (10:1) and dark text: bars and labels read without colour vision. */
const BAR_FILL = '#0b3f7a';
const INK = '#1b1b1b';

/**
 * A horizontal bar chart drawn on the server: no JavaScript. Each bar has its label above it
 * and its value beside it in text; the whole is one image with a title and a description that
 * points to the table with the same figures.
 */
export function BarChart({ id, title, desc, bars }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const scale = (WIDTH - VALUE_ROOM) / max;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      font-size="16"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      {bars.map((bar, i) => {
        const y = i * ROW;
        const length = bar.value === 0 ? 0 : Math.max(2, Math.round(bar.value * scale));
        return (
          <g>
            <text x="0" y={y + 17} fill={INK}>
              {bar.label}
            </text>
            <rect x="0" y={y + 24} width={length} height={BAR} fill={BAR_FILL} />
            <text x={length + 6} y={y + 38} fill={INK} font-weight="700">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
