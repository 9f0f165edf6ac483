using Playbook.Diagrams.Geometry;

namespace Playbook.Diagrams.Network;

/// <summary>A link's drawn course: its points, from the edge of one box to the edge of the other.</summary>
public sealed record NetworkRoute(NetworkEdge Edge, IReadOnlyList<(double X, double Y)> Points);

/// <summary>Where the boxes and links of one network go, relative to the centre of its ring.</summary>
public sealed record RingPlacement(IReadOnlyDictionary<string, Rect> Boxes, IReadOnlyList<NetworkRoute> Routes, bool IsClear);

/// <summary>
/// Places boxes around an ellipse with every box wholly outside it, so a link can always run inside the ellipse: a
/// straight line from box to box where that passes no other box, else a spoke from each box to the ellipse and a chord
/// between them. A chord of a convex shape stays inside it, so no link can cross a box that lies outside. The ring is
/// grown by the caller until <see cref="RingPlacement.IsClear"/> (spokes can still brush a close neighbour).
/// </summary>
public static class RingLayout
{
    /// <summary>Free space between the ellipse and the boxes, and around a box a foreign link must keep.</summary>
    public const double Clearance = 6;

    /// <summary>Height of the ellipse as a share of its width: screens are wider than tall.</summary>
    public const double Aspect = 0.62;

    private const double NodeGap = 14;

    /// <summary>Places <paramref name="ring"/> clockwise from the top around an ellipse of half-width <paramref name="rx"/>, <paramref name="focus"/> in its middle.</summary>
    public static RingPlacement Place(IReadOnlyList<string> ring, string? focus, IReadOnlyList<NetworkEdge> edges, double rx, IReadOnlyDictionary<string, (double W, double H)> sizes)
    {
        var ry = rx * Aspect;
        var boxes = new Dictionary<string, Rect>(StringComparer.Ordinal);
        var anchors = new Dictionary<string, ((double X, double Y) OnRing, (double X, double Y) OnBox)>(StringComparer.Ordinal);
        if (focus is not null)
        {
            boxes[focus] = Rect.Centered(0, 0, sizes[focus].W, sizes[focus].H);
        }

        if (ring.Count == 1 && focus is null)
        {
            boxes[ring[0]] = Rect.Centered(0, 0, sizes[ring[0]].W, sizes[ring[0]].H);
        }
        else
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var angle = (-Math.PI / 2) + (2 * Math.PI * i / ring.Count);
                var onRing = (X: rx * Math.Cos(angle), Y: ry * Math.Sin(angle));
                var length = Math.Sqrt((onRing.X * onRing.X) + (onRing.Y * onRing.Y));
                var direction = (X: onRing.X / length, Y: onRing.Y / length);
                var (w, h) = sizes[ring[i]];
                var distance = OutsideDistance(direction, w, h, rx + Clearance, ry + Clearance);
                var box = Rect.Centered(Round(direction.X * distance), Round(direction.Y * distance), w, h);
                boxes[ring[i]] = box;
                var entry = distance - Math.Min(Half(w, direction.X), Half(h, direction.Y));
                anchors[ring[i]] = ((Round(onRing.X), Round(onRing.Y)), (Round(direction.X * entry), Round(direction.Y * entry)));
            }
        }

        var routes = edges.Select(e => Route(e, focus, boxes, anchors)).ToList();
        return new RingPlacement(boxes, routes, !BoxesCollide(boxes.Values.ToList()) && routes.All(r => ClearOfOthers(r, boxes)));
    }

    /// <summary>
    /// Orders the ring to cross as few links as possible, then to keep strongly linked roles close: the first role
    /// stays at the top, others swap places while that helps. Deterministic; stops after a few passes.
    /// </summary>
    public static List<string> Order(IReadOnlyList<string> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        var order = nodes.ToList();
        if (order.Count < 4)
        {
            return order;
        }

        var best = Cost(order, edges);
        for (var pass = 0; pass < 8; pass++)
        {
            var improved = false;
            for (var i = 1; i < order.Count; i++)
            {
                for (var j = i + 1; j < order.Count; j++)
                {
                    (order[i], order[j]) = (order[j], order[i]);
                    var cost = Cost(order, edges);
                    if (cost < best)
                    {
                        best = cost;
                        improved = true;
                    }
                    else
                    {
                        (order[i], order[j]) = (order[j], order[i]);
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return order;
    }

    /// <summary>Whether a segment passes through the inside of a box (touching its border does not count).</summary>
    public static bool Crosses((double X, double Y) a, (double X, double Y) b, Rect box)
    {
        // Liang–Barsky: clip the segment to the box; a piece of positive length inside means it crosses.
        var (t0, t1) = (0.0, 1.0);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - box.X), (dx, box.Right - a.X), (-dy, a.Y - box.Y), (dy, box.Bottom - a.Y) })
        {
            if (Math.Abs(p) < 1e-12)
            {
                if (q <= 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                t0 = Math.Max(t0, t);
            }
            else
            {
                t1 = Math.Min(t1, t);
            }
        }

        return t1 - t0 > 1e-9;
    }

    private static NetworkRoute Route(NetworkEdge edge, string? focus, Dictionary<string, Rect> boxes, Dictionary<string, ((double X, double Y) OnRing, (double X, double Y) OnBox)> anchors)
    {
        if (edge.From == focus || edge.To == focus)
        {
            // The middle box to a ring box: along the ray from the centre, which the spoke already follows.
            var other = anchors[edge.From == focus ? edge.To : edge.From].OnBox;
            var centre = boxes[focus!];
            var length = Math.Sqrt((other.X * other.X) + (other.Y * other.Y));
            var exit = Math.Min(Half(centre.Width, other.X / length), Half(centre.Height, other.Y / length));
            var start = (Round(other.X / length * exit), Round(other.Y / length * exit));
            return new NetworkRoute(edge, edge.From == focus ? [start, other] : [other, start]);
        }

        var (a, b) = (anchors[edge.From], anchors[edge.To]);
        var direct = new NetworkRoute(edge, [a.OnBox, b.OnBox]);
        return ClearOfOthers(direct, boxes) ? direct : new NetworkRoute(edge, [a.OnBox, a.OnRing, b.OnRing, b.OnBox]);
    }

    /// <summary>No segment of the route enters a box other than its two ends' (with room around it).</summary>
    private static bool ClearOfOthers(NetworkRoute route, Dictionary<string, Rect> boxes)
    {
        for (var i = 0; i + 1 < route.Points.Count; i++)
        {
            foreach (var (id, box) in boxes)
            {
                if (id != route.Edge.From && id != route.Edge.To && Crosses(route.Points[i], route.Points[i + 1], box.Inflate(Clearance)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool BoxesCollide(List<Rect> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Inflate(NodeGap / 2).Intersects(boxes[j].Inflate(NodeGap / 2)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How far along <paramref name="direction"/> a box's centre must be for the whole box to lie outside the ellipse.</summary>
    private static double OutsideDistance((double X, double Y) direction, double w, double h, double rx, double ry)
    {
        // The smallest value of x²/rx² + y²/ry² over a box is at the point of the box closest to 0 on each axis.
        bool Outside(double t)
        {
            var (cx, cy) = (direction.X * t, direction.Y * t);
            var x = Math.Max(0, Math.Abs(cx) - (w / 2));
            var y = Math.Max(0, Math.Abs(cy) - (h / 2));
            return (x * x / (rx * rx)) + (y * y / (ry * ry)) >= 1;
        }

        var (low, high) = (0.0, rx + w + h);
        for (var i = 0; i < 50; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Outside(mid) ? (low, mid) : (mid, high);
        }

        return high;
    }

    /// <summary>Distance from a box's centre to its border along a direction component (infinite when parallel).</summary>
    private static double Half(double size, double component) =>
        Math.Abs(component) < 1e-12 ? double.PositiveInfinity : size / 2 / Math.Abs(component);

    /// <summary>Crossings first, then how far apart linked roles sit on the ring, heavier links counting more.</summary>
    private static long Cost(List<string> order, IReadOnlyList<NetworkEdge> edges)
    {
        var position = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            position[order[i]] = i;
        }

        var spans = new (int Low, int High)[edges.Count];
        long spread = 0;
        for (var e = 0; e < edges.Count; e++)
        {
            var (a, b) = (position[edges[e].From], position[edges[e].To]);
            spans[e] = (Math.Min(a, b), Math.Max(a, b));
            var gap = spans[e].High - spans[e].Low;
            spread += edges[e].Weight * Math.Min(gap, order.Count - gap);
        }

        long crossings = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            for (var j = i + 1; j < spans.Length; j++)
            {
                var (p, q) = (spans[i], spans[j]);
                var interleave = (p.Low < q.Low && q.Low < p.High && p.High < q.High) || (q.Low < p.Low && p.Low < q.High && q.High < p.High);
                if (interleave)
                {
                    crossings++;
                }
            }
        }

        return (crossings * 1_000_000) + spread;
    }

    private static double Round(double value) => Math.Round(value, 1);
}
