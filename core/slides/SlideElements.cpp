// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/SlideElements.h"

#include "slides/TextLayout.h"

namespace rt::slides::elements {

using namespace theme;

Element textBox(const QRectF& r, const QList<Paragraph>& ps, double pt, const QColor& color,
                Qt::Alignment align)
{
    Element e;
    e.type = Element::Text;
    e.name = QStringLiteral("Text");
    e.rect = r;
    e.paragraphs = ps;
    e.sizePt = pt;
    e.color = color;
    e.align = align;
    return e;
}

Element rectShape(const QRectF& r, const QColor& fill, const QList<Paragraph>& ps, double pt,
                  Qt::Alignment align)
{
    Element e;
    e.type = Element::Shape;
    e.name = QStringLiteral("Rectangle");
    e.rect = r;
    e.fill = fill;
    e.paragraphs = ps;
    e.sizePt = pt;
    e.color = fill.isValid() ? textOn(fill) : theme::text();
    e.align = align;
    return e;
}

Element lineShape(const QPointF& a, const QPointF& b, const QColor& c, double width)
{
    Element e;
    e.type = Element::Line;
    e.name = QStringLiteral("Connector");
    e.rect = QRectF(a, b);
    e.line = c;
    e.lineWidth = width;
    return e;
}

QList<Paragraph> plain(const QString& t, bool bold)
{
    return {text::paragraph(t, {}, bold)};
}

double textWidth(double boxWidth, double inset)
{
    return text::wrapWidth(boxWidth, inset);
}

void addFooters(Deck& deck)
{
    const int total = int(deck.slides.size());
    for (int i = 0; i < total; ++i) {
        Slide& s = deck.slides[i];
        s.footer = deck.title;
        const QColor c = s.kind == Slide::Section ? white() : muted();
        Element f = textBox(QRectF(Margin, 1010, W - 2 * Margin - 220, 50), plain(s.footer), 12, c,
                            Qt::AlignLeft | Qt::AlignVCenter);
        f.name = QStringLiteral("Footer");
        Element n = textBox(QRectF(W - Margin - 200, 1010, 200, 50), plain(QString::number(i + 1)), 12, c,
                            Qt::AlignRight | Qt::AlignVCenter);
        n.name = QStringLiteral("Slide number");
        if (!s.footer.isEmpty())
            s.elements << f;
        s.elements << n;
    }
}

} // namespace rt::slides::elements
