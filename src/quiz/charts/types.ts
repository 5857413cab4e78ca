/** Shapes shared by the charts' layouts: SVG user units, y growing downwards as in SVG. */

/** A rectangle of the drawing: where a plot's bars or line go, inside its axes. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/** A chart drawn in a viewBox of `width` by `height`, its data inside `plot`. */
export interface Frame {
  width: number
  height: number
  plot: Box
}
