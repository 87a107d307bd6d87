// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/DriverLayout.h"

#include "slides/DeckBuilder.h"
#include "slides/SlideElements.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <algorithm>

namespace rt::slides {

using namespace theme;
using namespace elements;

QList<DriverLayout::Node> DriverLayout::nodes(const QList<SessionData::DriverNode>& drivers)
{
    QList<Node> out;
    for (const auto& d : drivers) {
        Node n;
        n.text = text::clean(d.text);
        n.children = nodes(d.children);
        out << n;
    }
    return out;
}

int DriverLayout::depth(const QList<Node>& nodes)
{
    return std::max(1, levels(nodes));
}

int DriverLayout::levels(const QList<Node>& nodes)
{
    int m = 0;
    for (const Node& n : nodes)
        m = std::max(m, levels(n.children) + 1);
    return m;
}

double DriverLayout::ownHeight(const Node& n) const
{
    return text::height(plain(n.continued ? tr("(continued)") : n.text), textWidth(m_colWidth), 12) + 20;
}

double DriverLayout::required(const Node& n) const
{
    const double own = ownHeight(n);
    double kids = 0;
    for (int i = 0; i < n.children.size(); ++i)
        kids += required(n.children[i]) + (i ? 12 : 0);
    return std::max(own, kids);
}

QList<QList<DriverLayout::Node>> DriverLayout::pack(const QList<Node>& nodes, double avail) const
{
    QList<QList<Node>> pages(1);
    double used = 0;
    for (const Node& n : nodes) {
        const double r = required(n);
        const double gap = pages.last().isEmpty() ? 0 : 12;
        if (used + gap + r <= avail) {
            pages.last() << n;
            used += gap + r;
            continue;
        }
        if (r <= avail || n.children.isEmpty()) {
            if (!pages.last().isEmpty())
                pages.append(QList<Node>());
            pages.last() << n;
            used = r;
            continue;
        }
        const auto sub = pack(n.children, avail);
        for (int k = 0; k < sub.size(); ++k) {
            Node part = n;
            part.children = sub[k];
            part.continued = n.continued || k > 0;
            if (!pages.last().isEmpty())
                pages.append(QList<Node>());
            pages.last() << part;
            used = required(part);
        }
    }
    return pages;
}

void DriverLayout::layout(Slide& s, const QList<Node>& nodes, int depth, double top,
                          const QPointF& parentAnchor) const
{
    double y = top;
    for (const Node& n : nodes) {
        const double r = required(n);
        const double own = ownHeight(n);
        const double x = Margin + (depth + 1) * m_colStep;
        const QRectF box(x, y + (r - own) / 2, m_colWidth, own);
        Element e = rectShape(
            box, depth == 0 ? accentLight() : (depth == 1 ? QColor(0xf3, 0xf4, 0xf6) : sticky()),
            plain(n.continued ? tr("(continued)") : n.text), 12, Qt::AlignLeft | Qt::AlignVCenter);
        e.line = rule();
        e.lineWidth = 1.5;
        e.name = QStringLiteral("Driver");
        s.elements.append(lineShape(parentAnchor, QPointF(box.left(), box.center().y()), muted(), 2));
        s.elements.append(e);
        layout(s, n.children, depth + 1, y, QPointF(box.right(), box.center().y()));
        y += r + 12;
    }
}

void DeckBuilder::driverSlides(const SessionData::Place& place, int aimIndex)
{
    const auto& aim = place.aims[aimIndex];
    if (aim.drivers.isEmpty())
        return;
    const QList<DriverLayout::Node> roots = DriverLayout::nodes(aim.drivers);
    const int depth = DriverLayout::depth(roots);
    const int cols = depth + 1; // the aim, then each level
    const double gap = 50;
    const double colW = (W - 2 * Margin - gap * (cols - 1)) / cols;
    const double headH = 44;
    const double top = ContentTop + headH + 10;
    const double avail = ContentBottom - top;
    const DriverLayout drivers(colW, colW + gap);
    const auto pages = drivers.pack(roots, avail);
    const QString name = text::clean(place.name);
    QStringList heads = {tr("Aim"), tr("Primary drivers"), tr("Secondary drivers"), tr("Change ideas")};
    while (heads.size() < cols)
        heads << tr("Change ideas");
    for (int k = 0; k < pages.size(); ++k) {
        QString t = tr("%1: driver diagram, aim %2").arg(name).arg(aimIndex + 1);
        if (pages.size() > 1)
            t += QStringLiteral(" %1/%2").arg(k + 1).arg(pages.size());
        Slide& s = m_pages.newSlide(t, QStringLiteral("places"));
        for (int c = 0; c < cols; ++c) {
            const bool last = c == cols - 1;
            s.elements.append(textBox(QRectF(Margin + c * (colW + gap), ContentTop, colW, headH),
                                      plain(last && cols < 4 ? heads[3] : heads[std::min(c, 3)], true), 14,
                                      accent()));
        }
        double used = 0;
        for (const auto& n : pages[k])
            used += drivers.required(n) + 12;
        const QList<Paragraph> aimPs = plain(aim.statement);
        const double aimH = std::min(avail, text::height(aimPs, textWidth(colW), 12) + 20);
        const QRectF aimBox(Margin, top + std::max(0.0, (used - 12 - aimH) / 2), colW, aimH);
        Element a = rectShape(aimBox, accent(), k == 0 ? aimPs : plain(tr("(continued)")), 12,
                              Qt::AlignLeft | Qt::AlignVCenter);
        a.name = QStringLiteral("Aim");
        s.elements.append(a);
        drivers.layout(s, pages[k], 0, top, QPointF(aimBox.right(), aimBox.center().y()));
    }
}

} // namespace rt::slides
