// SPDX-License-Identifier: GPL-3.0-or-later
// The PICK chart slide of one aim: the four quadrants, the axis words, the ideas as sticky notes
// where the group put them, and the numbered ideas listed on the slide after.
#include "slides/DeckBuilder.h"

#include "domain/Quadrant.h"
#include "slides/Paginator.h"
#include "slides/SlideElements.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace rt::slides {

using namespace theme;
using namespace elements;

namespace {

constexpr double AxisW = 50;
constexpr double StickyW = 300, NumW = 64, NumH = 44;

struct Quad
{
    Quadrant q;
    QString label;
    QColor fill;
    QRectF r;
};

/** The fixed parts of a PICK chart, labelled in the pack's language. */
class PickFrame
{
#ifdef RT_LUPDATE_SEES_THIS // never defined: lupdate reads both branches and takes the context
    Q_DECLARE_TR_FUNCTIONS(DeckBuilder)
#else
    RT_PACK_TR_FUNCTIONS(DeckBuilder) // tr() in the pack's language (PackLanguage)
#endif
public:
    /** The line above the chart: the aim in full when it fits two lines, else a pointer to the
     *  aims slide, which has it. */
    static QList<Paragraph> aimLine(const QString& place, const QString& statement, int aimIndex)
    {
        QList<Paragraph> aimPs
            = plain(tr("The partners will work together within %1 to %2").arg(place, statement));
        if (text::height(aimPs, textWidth(W - 2 * Margin), 14) > 2 * text::lineHeight(14) + 1)
            aimPs = plain(tr("Aim %1: see the aims slide for %2").arg(aimIndex + 1).arg(place));
        return aimPs;
    }

    static QList<Quad> quadrants(const QRectF& a)
    {
        const double x0 = a.left(), y0 = a.top(), cw = a.width(), ch = a.height();
        return {
            {Quadrant::Possible, tr("POSSIBLE"), possible(), QRectF(x0, y0, cw / 2, ch / 2)},
            {Quadrant::Implement, tr("IMPLEMENT"), implement(), QRectF(x0 + cw / 2, y0, cw / 2, ch / 2)},
            {Quadrant::Kibosh, tr("KIBOSH"), kibosh(), QRectF(x0, y0 + ch / 2, cw / 2, ch / 2)},
            {Quadrant::Challenge, tr("CHALLENGE"), challenge(),
             QRectF(x0 + cw / 2, y0 + ch / 2, cw / 2, ch / 2)},
        };
    }

    /** The quadrants, each with its name in its outer corner. */
    static void drawQuadrants(QList<Element>& out, const QList<Quad>& quads)
    {
        for (const Quad& q : quads) {
            Element r = rectShape(q.r, q.fill);
            r.line = white();
            r.name = q.label;
            out.append(r);
            const bool right = q.q == Quadrant::Implement || q.q == Quadrant::Challenge;
            const bool bottom = q.q == Quadrant::Kibosh || q.q == Quadrant::Challenge;
            Element l = textBox(QRectF(right ? q.r.right() - 260 : q.r.left() + 6,
                                       bottom ? q.r.bottom() - 48 : q.r.top() + 4, 254, 44),
                                plain(q.label, true), 16, theme::text(),
                                (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            l.name = q.label;
            out.append(l);
        }
    }

    /** Axis words: vertical (easy at the top), horizontal (high impact on the right). */
    static void drawAxes(QList<Element>& out, const QRectF& area)
    {
        const double x0 = area.left(), y0 = area.top(), cw = area.width(), ch = area.height();
        Element easy = textBox(QRectF(Margin + AxisW / 2 - ch / 4, y0 + ch / 4 - AxisW / 2, ch / 2, AxisW),
                               plain(tr("Relatively easy to do")), 14, theme::text(), Qt::AlignCenter);
        easy.rotation = 270;
        easy.inset = 2;
        Element hard = easy;
        hard.rect.translate(0, ch / 2);
        hard.paragraphs = plain(tr("Likely difficult to do"));
        Element low = textBox(QRectF(x0, y0 + ch + 4, cw / 2, 44), plain(tr("Probably low impact")), 14,
                              theme::text(), Qt::AlignCenter);
        Element high = low;
        high.rect.translate(cw / 2, 0);
        high.paragraphs = plain(tr("Potentially high impact"));
        out << easy << hard << low << high;
    }

    /** The headings of the numbered-ideas slide, in the order listed: quadrants, then unsorted. */
    static QStringList listHeads()
    {
        return {tr("POSSIBLE"), tr("IMPLEMENT"), tr("CHALLENGE"), tr("KIBOSH"), tr("Not yet placed")};
    }

    static QString listTitle(const QString& place, int aimIndex)
    {
        return tr("%1: PICK ideas, aim %2 (numbered notes)").arg(place).arg(aimIndex + 1);
    }
};

/** Finds each sticky note a spot near where the group put it, clear of the notes already placed. */
class StickyPlacer
{
public:
    /** @p r of @p size centred on @p centre, moved inside @p quadrant. */
    static QRectF fit(const QPointF& centre, const QSizeF& size, const QRectF& quadrant)
    {
        QRectF r(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
        if (r.left() < quadrant.left())
            r.moveLeft(quadrant.left());
        if (r.right() > quadrant.right())
            r.moveRight(quadrant.right());
        if (r.top() < quadrant.top())
            r.moveTop(quadrant.top());
        if (r.bottom() > quadrant.bottom())
            r.moveBottom(quadrant.bottom());
        return r;
    }

    /** Nudges out of the way of notes already placed, spiralling outwards from @p c; when crowded,
     *  the free spot nearest to @p c on a fine grid. @return false (and *out at @p c, overlapping)
     *  when no spot is free. */
    bool findSpot(const QPointF& c, const QSizeF& size, const QRectF& quadrant, QRectF* out) const
    {
        for (int step = 0; step < 400; ++step) {
            const double a = step * 0.7, rad = 6.0 * std::sqrt(double(step)) * 6;
            const QRectF cand = fit(c + QPointF(std::cos(a) * rad, std::sin(a) * rad), size, quadrant);
            if (!clashes(cand)) {
                *out = cand;
                return true;
            }
        }
        bool found = false;
        double best = 0;
        for (double y = quadrant.top(); y + size.height() <= quadrant.bottom(); y += 6) {
            for (double x = quadrant.left(); x + size.width() <= quadrant.right(); x += 6) {
                const QRectF cand(QPointF(x, y), size);
                const QPointF d = cand.center() - c;
                const double dist = d.x() * d.x() + d.y() * d.y();
                if (found && dist >= best)
                    continue;
                if (!clashes(cand)) {
                    *out = cand;
                    best = dist;
                    found = true;
                }
            }
        }
        if (!found)
            *out = fit(c, size, quadrant);
        return found;
    }

    void keep(const QRectF& r) { m_placed << r; }

private:
    bool clashes(const QRectF& cand) const
    {
        bool clash = false;
        for (const QRectF& o : m_placed)
            clash = clash || o.adjusted(-3, -3, 3, 3).intersects(cand);
        return clash;
    }

    QList<QRectF> m_placed;
};

Element stickyNote(const QRectF& r, const QList<Paragraph>& ps, Qt::Alignment align)
{
    Element st = rectShape(r, sticky(), ps, 12, align);
    st.name = QStringLiteral("Idea");
    st.line = QColor(0xb4, 0x8a, 0x00);
    st.lineWidth = 1.5;
    st.inset = 6;
    return st;
}

/** The ideas as sticky notes on @p out: full text when short and the quadrant is not crowded,
 *  else a number that points to the list on the next slide. Each idea's text appears exactly
 *  once. @return the ideas to list, by quadrant, then those not yet placed */
QList<QList<Paragraph>> placeIdeas(Paginator& pages, QList<Element>& out, const SessionData::Aim& aim,
                                   const QRectF& area, const QList<Quad>& quads)
{
    const double stickyTextW = textWidth(StickyW, 6);
    QHash<int, int> perQuad;
    for (const auto& i : aim.ideas) {
        if (!i.unsorted)
            perQuad[int(quadrantOf(i.impact, i.effort))]++;
    }
    StickyPlacer placer;
    QList<QList<Paragraph>> listed(5); // by quadrant, then the ideas not yet placed
    int number = 0;
    for (const auto& idea : aim.ideas) {
        const QString clean = text::clean(idea.text);
        if (idea.unsorted) {
            listed[4] << pages.itemParagraph(QStringLiteral("idea"), idea.text, QStringLiteral("•"));
            continue;
        }
        const Quadrant q = quadrantOf(idea.impact, idea.effort);
        Paragraph p = text::paragraph(idea.text);
        const int nLines = int(text::lines(p, stickyTextW, 12).size());
        bool full = nLines <= 4 && perQuad.value(int(q)) <= 6 && !clean.trimmed().isEmpty();
        QSizeF size = full ? QSizeF(StickyW, nLines * text::lineHeight(12) + 14) : QSizeF(NumW, NumH);
        QRectF qr;
        for (const Quad& qq : quads) {
            if (qq.q == q)
                qr = qq.r.adjusted(4, 52, -4, -52);
        }
        const QPointF c(area.left() + std::clamp(idea.impact, 0.0, 1.0) * area.width(),
                        area.top() + std::clamp(idea.effort, 0.0, 1.0) * area.height());
        // A note with no free spot left becomes a number (listed on the next slide) so no text
        // hides another.
        QRectF r;
        if (!placer.findSpot(c, size, qr, &r) && full) {
            full = false;
            size = QSizeF(NumW, NumH);
            placer.findSpot(c, size, qr, &r);
        }
        placer.keep(r);
        if (full) {
            Paragraph ip = text::paragraph(idea.text);
            ip.itemId = pages.addItem(QStringLiteral("idea"), idea.text);
            out.append(stickyNote(r, {ip}, Qt::AlignLeft | Qt::AlignVCenter));
        } else {
            ++number;
            out.append(stickyNote(r, plain(QString::number(number), true), Qt::AlignCenter));
            listed[int(q)] << pages.itemParagraph(QStringLiteral("idea"), idea.text,
                                                  QStringLiteral("%1.").arg(number));
        }
    }
    return listed;
}

} // namespace

void DeckBuilder::pickSlides(const SessionData::Place& place, int aimIndex)
{
    const auto& aim = place.aims[aimIndex];
    const QString name = text::clean(place.name);
    const QString title = place.aims.size() > 1 ? tr("%1: PICK chart, aim %2").arg(name).arg(aimIndex + 1)
                                                : tr("%1: PICK chart").arg(name);
    Slide& s = m_pages.newSlide(title, QStringLiteral("places"));
    const int slideIndex = int(m_deck.slides.size()) - 1;
    const QList<Paragraph> aimPs = PickFrame::aimLine(name, aim.statement, aimIndex);
    const double aimH = text::height(aimPs, textWidth(W - 2 * Margin), 14) + 16;
    s.elements.append(textBox(QRectF(Margin, ContentTop - 10, W - 2 * Margin, aimH), aimPs, 14, muted()));

    const double x0 = Margin + AxisW, y0 = ContentTop - 10 + aimH + 6;
    const QRectF area(x0, y0, W - 2 * Margin - AxisW, ContentBottom - 50 - y0);
    const QList<Quad> quads = PickFrame::quadrants(area);
    PickFrame::drawQuadrants(m_deck.slides[slideIndex].elements, quads);
    PickFrame::drawAxes(m_deck.slides[slideIndex].elements, area);

    const QList<QList<Paragraph>> listed
        = placeIdeas(m_pages, m_deck.slides[slideIndex].elements, aim, area, quads);
    const QStringList heads = PickFrame::listHeads();
    const int order[] = {int(Quadrant::Possible), int(Quadrant::Implement), int(Quadrant::Challenge),
                         int(Quadrant::Kibosh), 4};
    QStringList usedHeads;
    QList<QList<Paragraph>> cols;
    for (int k = 0; k < 5; ++k) {
        if (!listed[order[k]].isEmpty()) {
            usedHeads << heads[k];
            cols << listed[order[k]];
        }
    }
    if (!cols.isEmpty())
        m_pages.columnSlides(PickFrame::listTitle(name, aimIndex), QStringLiteral("places"), usedHeads, cols);
}

} // namespace rt::slides
