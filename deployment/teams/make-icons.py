#!/usr/bin/env python3
"""Draws the two Teams app icons without any package beyond the standard library.

color.png   192x192, full colour: a white network (a neighbourhood of people linked to each other) on the accent colour.
outline.png  32x32, the same network in white on transparent, as Teams demands for the outline icon.

Shapes are distance functions sampled 4x4 per pixel, so edges are anti-aliased. Run from anywhere:
    python3 deployment/teams/make-icons.py [output folder, default: this script's folder]
"""
import math
import os
import struct
import sys
import zlib

ACCENT = (0x1F, 0x6F, 0x5C)  # same as accentColor in manifest.json
WHITE = (0xFF, 0xFF, 0xFF)
SUPERSAMPLE = 4


def network(size):
    """Nodes (cx, cy, r) and links (x1, y1, x2, y2, half-width) in pixel units for an icon of `size` pixels."""
    c = size / 2
    ring = size * 0.34
    outer_r = size * 0.085
    centre_r = size * 0.11
    half_width = max(size * 0.022, 0.8)
    outer = []
    for k in range(5):
        angle = -math.pi / 2 + k * 2 * math.pi / 5
        outer.append((c + ring * math.cos(angle), c + ring * math.sin(angle)))
    nodes = [(c, c, centre_r)] + [(x, y, outer_r) for x, y in outer]
    links = [(c, c, x, y, half_width) for x, y in outer]
    links += [(*outer[k], *outer[(k + 1) % 5], half_width) for k in range(5)]
    return nodes, links


def segment_distance(px, py, x1, y1, x2, y2):
    dx, dy = x2 - x1, y2 - y1
    t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))


def coverage(size, nodes, links):
    """Fraction (0..1) of each pixel covered by the network."""
    rows = []
    step = 1 / SUPERSAMPLE
    for y in range(size):
        row = []
        for x in range(size):
            hits = 0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    px, py = x + (sx + 0.5) * step, y + (sy + 0.5) * step
                    inside = any(math.hypot(px - cx, py - cy) <= r for cx, cy, r in nodes) or any(
                        segment_distance(px, py, x1, y1, x2, y2) <= hw for x1, y1, x2, y2, hw in links)
                    hits += inside
            row.append(hits / SUPERSAMPLE**2)
        rows.append(row)
    return rows


def write_png(path, size, pixels):
    """pixels: rows of (r, g, b, a) tuples; writes an 8-bit RGBA PNG."""
    raw = b"".join(b"\x00" + bytes(channel for px in row for channel in px) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def mix(a, b, t):
    return tuple(round(a[i] * (1 - t) + b[i] * t) for i in range(3))


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

    size = 192
    cov = coverage(size, *network(size))
    write_png(os.path.join(here, "color.png"), size,
              [[(*mix(ACCENT, WHITE, c), 255) for c in row] for row in cov])

    size = 32
    cov = coverage(size, *network(size))
    write_png(os.path.join(here, "outline.png"), size,
              [[(255, 255, 255, round(255 * c)) for c in row] for row in cov])


if __name__ == "__main__":
    main()
