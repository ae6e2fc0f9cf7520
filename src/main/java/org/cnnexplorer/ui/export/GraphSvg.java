package org.cnnexplorer.ui.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cnnexplorer.i18n.Messages;
import org.cnnexplorer.ui.graph.layout.GraphNode;
import org.cnnexplorer.ui.graph.layout.GraphPicture;
import org.cnnexplorer.ui.graph.layout.Layout;

/** The layer graph as a standalone SVG document, drawn from the same layout as the screen (light colours). */
public final class GraphSvg {

    /** Latin first, then fonts with Hangul for Korean layer names and texts (docs/glossary.md, Fonts). */
    static final String FONTS = "DejaVu Sans, Arial, NanumGothic, Noto Sans CJK KR, Malgun Gothic, sans-serif";

    private static final Map<GraphNode.Kind, String[]> COLOURS = Map.of(
            GraphNode.Kind.INPUT, new String[] {"#e0f2fe", "#0284c7"},
            GraphNode.Kind.CONV, new String[] {"#dbeafe", "#2563eb"},
            GraphNode.Kind.POOL, new String[] {"#dcfce7", "#16a34a"},
            GraphNode.Kind.DENSE, new String[] {"#ede9fe", "#7c3aed"},
            GraphNode.Kind.NORM, new String[] {"#f1f5f9", "#64748b"},
            GraphNode.Kind.ACTIVATION, new String[] {"#fef9c3", "#a16207"},
            GraphNode.Kind.MERGE, new String[] {"#ffedd5", "#ea580c"},
            GraphNode.Kind.RESHAPE, new String[] {"#f5f5f4", "#78716c"},
            GraphNode.Kind.BLOCK, new String[] {"#fff7ed", "#c2410c"});

    /** About as many 11px characters as fit on a line of a box. */
    static final int DETAIL_CHARS = 32;

    private GraphSvg() {
    }

    /** A box's settings on one line, or two split at the separator nearest the middle (as the screen wraps it). */
    static List<String> wrap(String text, int chars) {
        if (text.length() <= chars) {
            return List.of(text);
        }
        int best = -1;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (i <= chars && (best < 0 || Math.abs(i - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                best = i;
            }
        }
        return best < 0 ? List.of(text) : List.of(text.substring(0, best).trim(), text.substring(best).trim());
    }

    public static String render(GraphPicture picture) {
        Layout layout = picture.layout();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"" + FONTS + "\">%n",
                layout.width(), layout.height(), layout.width(), layout.height()));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" "
                + "fill=\"#64748b\"/></marker></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        layout.frames().forEach(f -> frame(svg, f));
        layout.routes().forEach(r -> route(svg, r));
        picture.model().nodes().forEach(n -> box(svg, n, layout.boxes().get(n.id())));
        return svg.append("</svg>\n").toString();
    }

    private static void frame(StringBuilder svg, Layout.Frame f) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"7\" "
                + "fill=\"#f8fafc\" stroke=\"#94a3b8\"/>%n", f.x(), f.y(), f.width(), f.height()));
        text(svg, f.x() + 8, f.y() + 15, 11, "#475569", "normal", f.block().title());
    }

    private static void route(StringBuilder svg, Layout.Route r) {
        List<Layout.Point> p = r.points();
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT, "M%.1f %.1f", p.get(0).x(), p.get(0).y()));
        for (int i = 1; i < p.size(); i++) {
            Layout.Point a = p.get(i - 1);
            Layout.Point b = p.get(i);
            double mid = (a.y() + b.y()) / 2;
            d.append(i % 2 == 1 ? String.format(Locale.ROOT, " C%.1f %.1f %.1f %.1f %.1f %.1f", a.x(), mid, b.x(), mid,
                    b.x(), b.y()) : String.format(Locale.ROOT, " L%.1f %.1f", b.x(), b.y()));
        }
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#64748b\" stroke-width=\"1.4\" "
                + "marker-end=\"url(#arrow)\"/>\n");
        if (r.labelAt() != null) {
            text(svg, r.labelAt().x() + 6, r.labelAt().y() + 4, 10, "#334155", "normal", r.edge().label());
        }
    }

    private static void box(StringBuilder svg, GraphNode n, Layout.Box b) {
        String[] colour = COLOURS.get(n.kind());
        boolean problem = n.status() == GraphNode.Status.PROBLEM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" "
                + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>%n", b.x(), b.y(), b.width(), b.height(),
                problem ? "#fee2e2" : colour[0], problem ? "#dc2626" : colour[1], problem ? "3" : "1.5"));
        text(svg, b.x() + 8, b.y() + 17, 13, "#0f172a", "bold", n.title() + (n.collapsedBlock() ? "  [+]" : ""));
        double y = b.y() + 33;
        for (String line : wrap(n.detail(), DETAIL_CHARS)) {
            text(svg, b.x() + 8, y, 11, "#334155", "normal", line);
            y += 14;
        }
        text(svg, b.x() + 8, y, 11, "#0f172a", "normal", Messages.text("graph.box.out", n.output()));
        if (!n.numbersText().isEmpty()) {
            text(svg, b.x() + 8, y + 14, 11, "#475569", "normal", n.numbersText());
        }
    }

    private static void text(StringBuilder svg, double x, double y, int size, String fill, String weight, String s) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" "
                + "font-weight=\"%s\">%s</text>%n", x, y, size, fill, weight, escape(s)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
