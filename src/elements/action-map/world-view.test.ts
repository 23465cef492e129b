// The whole world without d3-geo: markers, the globe and the pre-projected countries land exactly
// where d3-geo's Equal Earth (what framed maps and the inset use) puts them, at any map size.
import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import { buildBaseMap } from './projection.js';
import { worldBase } from './world-base.js';
import { bakeWorldView } from './world-view.bake.js';
import { loadWorld } from './world-110m.js';
import type { Box } from './viewport.js';

const SIZES = [{ w: 1240, h: 620 }, { w: 640, h: 320 }, { w: 320, h: 480 }];
const PLACES: [number, number][] = [[0, 0], [104.9282, 11.5564], [-0.1278, 51.5074], [151.2093, -33.8688], [-99.13, 19.43], [179.9, 65], [-179.9, -40], [20, 89.9], [-70, -89.9]];

let world: Topology;
before(async () => {
  world = await loadWorld();
});

/** Bounds of an SVG path drawn under a `translate(x y) scale(k)` transform, in base pixels. */
function drawnBox(d: string, transform: string): Box {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  try {
    const b = path.getBBox();
    const [, x, y, k] = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(transform)!.map(Number);
    return [[x + k * b.x, y + k * b.y], [x + k * (b.x + b.width), y + k * (b.y + b.height)]];
  } finally {
    svg.remove();
  }
}

describe('the world map without d3-geo', () => {
  it('puts every place where d3-geo does, at any map size', () => {
    for (const size of SIZES) {
      const d3 = buildBaseMap(world, size, 0);
      const ours = worldBase(size, undefined);
      for (const [lon, lat] of PLACES) {
        const [ax, ay] = ours.project(lon, lat)!;
        const [bx, by] = d3.project(lon, lat)!;
        expect(Math.abs(ax - bx), `x of ${lon},${lat} at ${size.w}×${size.h}`).to.be.below(0.01);
        expect(Math.abs(ay - by), `y of ${lon},${lat} at ${size.w}×${size.h}`).to.be.below(0.01);
      }
      // Panning keeps the same globe on screen.
      ours.content.flat().forEach((v, i) => expect(Math.abs(v - (d3.content.flat()[i] as number))).to.be.below(0.01));
    }
  });

  it('draws the globe and the countries where d3-geo draws them', () => {
    const view = bakeWorldView(world);
    expect(view.countries.length).to.equal(177);
    for (const size of SIZES) {
      const d3 = buildBaseMap(world, size, 0);
      const ours = worldBase(size, view);
      const globe = drawnBox(ours.sphere, 'translate(0 0) scale(1)');
      globe.flat().forEach((v, i) => expect(Math.abs(v - (d3.content.flat()[i] as number))).to.be.below(0.5));
      for (const code of ['KH', 'GB', 'BR', 'AU', 'ZA']) {
        const want = d3.countryBox(code)!;
        const mine = ours.countries.find((c) => c.id === code)!;
        expect(mine, code).to.exist;
        const got = drawnBox(mine.d, ours.landTransform!);
        // Within a pixel and a half: each side's resampling of a curve may stray up to 0.7 pixels from it.
        got.flat().forEach((v, i) => expect(Math.abs(v - (want.flat()[i] as number)), `${code} at ${size.w}×${size.h}`).to.be.below(1.5));
      }
    }
  });

  it('without the countries (not loaded yet, or failed) still draws the globe and places the markers', () => {
    const base = worldBase({ w: 800, h: 400 }, undefined);
    expect(base.countries).to.deep.equal([]);
    expect(base.sphere).to.match(/^M[\d.]+,[\d.]+L/);
    expect(base.project(104.9282, 11.5564)).to.have.length(2);
    expect(base.project(0, 91)).to.be.undefined;
  });
});
