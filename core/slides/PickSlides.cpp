// SPDX-License-Identifier: GPL-3.0-or-later
// The PICK chart slide of one aim: the four quadrants, the axis words, the ideas as sticky notes
// where the group put them (nudged apart) or tidily in their quadrant, in full; a crowded quadrant
// goes on over a following slide of the same chart.
#include "slides/DeckBuilder.h"

#include "domain/Quadrant.h"
#include "slides/Paginator.h"
#include "slides/SlideElements.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rt::slides {

using namespace theme;
using namespace elements;

namespace {

constexpr double AxisW = 50;
constexpr double StickyW = 270, StickyInset = 6;

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

    /** The quadrants of @p a, split at @p fx of its width and @p fy of its height (the middle,
     *  unless a crowded side needs more room). */
    static QList<Quad> quadrants(const QRectF& a, double fx = 0.5, double fy = 0.5)
    {
        const double x0 = a.left(), y0 = a.top(), xm = a.left() + a.width() * fx,
                     ym = a.top() + a.height() * fy;
        const double x1 = a.right(), y1 = a.bottom();
        return {
            {Quadrant::Possible, tr("POSSIBLE"), possible(), QRectF(QPointF(x0, y0), QPointF(xm, ym))},
            {Quadrant::Implement, tr("IMPLEMENT"), implement(), QRectF(QPointF(xm, y0), QPointF(x1, ym))},
            {Quadrant::Kibosh, tr("KIBOSH"), kibosh(), QRectF(QPointF(x0, ym), QPointF(xm, y1))},
            {Quadrant::Challenge, tr("CHALLENGE"), challenge(), QRectF(QPointF(xm, ym), QPointF(x1, y1))},
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
    static void drawAxes(QList<Element>& out, const QList<Quad>& quads)
    {
        const QRectF top = quads[0].r, bottom = quads[2].r, left = quads[2].r, right = quads[3].r;
        Element easy = textBox(
            QRectF(Margin + AxisW / 2 - top.height() / 2, top.center().y() - AxisW / 2, top.height(), AxisW),
            plain(tr("Relatively easy to do")), 14, theme::text(), Qt::AlignCenter);
        easy.rotation = 270;
        easy.inset = 2;
        Element hard = easy;
        hard.rect = QRectF(Margin + AxisW / 2 - bottom.height() / 2, bottom.center().y() - AxisW / 2,
                           bottom.height(), AxisW);
        hard.paragraphs = plain(tr("Likely difficult to do"));
        Element low = textBox(QRectF(left.left(), left.bottom() + 4, left.width(), 44),
                              plain(tr("Probably low impact")), 14, theme::text(), Qt::AlignCenter);
        Element high = low;
        high.rect = QRectF(right.left(), right.bottom() + 4, right.width(), 44);
        high.paragraphs = plain(tr("Potentially high impact"));
        out << easy << hard << low << high;
    }

    /** The heading of the ideas the group did not put on the chart. */
    static QString unplacedHead()
    {
        return tr("Not yet placed");
    }

    static QString listTitle(const QString& place, int aimIndex)
    {
        return tr("%1: PICK ideas not yet placed, aim %2").arg(place).arg(aimIndex + 1);
    }
};

/** Free room in a quadrant: the notes already put there and the quadrant's own label. */
class Room
{
public:
    explicit Room(const QRectF& inner)
        : m_inner(inner)
    { }

    const QRectF& inner() const { return m_inner; }
    void keep(const QRectF& r) { m_taken << r; }

    bool free(const QRectF& cand) const
    {
        if (cand.left() < m_inner.left() - 0.01 || cand.right() > m_inner.right() + 0.01
            || cand.top() < m_inner.top() - 0.01 || cand.bottom() > m_inner.bottom() + 0.01)
            return false;
        for (const QRectF& o : m_taken) {
            if (o.adjusted(-Gap / 2, -Gap / 2, Gap / 2, Gap / 2).intersects(cand))
                return false;
        }
        return true;
    }

    /** @p size centred on @p centre, moved inside the quadrant. */
    QRectF fit(const QPointF& centre, const QSizeF& size) const
    {
        QRectF r(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
        r.moveLeft(
            std::clamp(r.left(), m_inner.left(), std::max(m_inner.left(), m_inner.right() - r.width())));
        r.moveTop(std::clamp(r.top(), m_inner.top(), std::max(m_inner.top(), m_inner.bottom() - r.height())));
        return r;
    }

    /** Where the group put the note, or the nearest free spot to it (on a fine grid), so that
     *  notes put in one spot gather round it. */
    bool near(const QPointF& c, const QSizeF& size, QRectF* out) const
    {
        if (size.width() > m_inner.width() + 0.01 || size.height() > m_inner.height() + 0.01)
            return false;
        const QRectF want = fit(c, size);
        if (free(want)) {
            *out = want;
            return true;
        }
        bool found = false;
        double best = 0;
        for (double y = m_inner.top(); y + size.height() <= m_inner.bottom() + 0.01; y += 6) {
            for (double x = m_inner.left(); x + size.width() <= m_inner.right() + 0.01; x += 6) {
                const QRectF cand(QPointF(x, y), size);
                const QPointF d = cand.center() - want.center();
                const double dist = d.x() * d.x() + d.y() * d.y();
                if ((!found || dist < best) && free(cand)) {
                    *out = cand;
                    best = dist;
                    found = true;
                }
            }
        }
        return found;
    }

    /** The highest free spot in the quadrant's columns (leftmost on a tie), for a note spanning
     *  @p span columns: notes given only by their quadrant fill it column by column, tidily. */
    bool tidy(int columns, int span, double height, QRectF* out) const
    {
        const double colW = columnWidth(columns);
        const double w = span * colW + (span - 1) * Gap;
        bool found = false;
        for (int c = 0; c + span <= columns; ++c) {
            const double x = m_inner.left() + c * (colW + Gap);
            for (double y = m_inner.top(); y + height <= m_inner.bottom() + 0.01; y += 4) {
                const QRectF cand(x, y, w, height);
                if (free(cand)) {
                    if (!found || y < out->top() - 0.01) {
                        *out = cand;
                        found = true;
                    }
                    break;
                }
            }
        }
        return found;
    }

    double columnWidth(int columns) const { return (m_inner.width() - (columns - 1) * Gap) / columns; }

    static constexpr double Gap = 8;

private:
    QRectF m_inner;
    QList<QRectF> m_taken;
};

Element stickyNote(const QRectF& r, const QList<Paragraph>& ps, double pt)
{
    Element st = rectShape(r, sticky(), ps, pt, Qt::AlignLeft | Qt::AlignVCenter);
    st.name = QStringLiteral("Idea");
    st.line = QColor(0xb4, 0x8a, 0x00);
    st.lineWidth = 1.5;
    st.inset = StickyInset;
    return st;
}

/** One sticky note to place: an idea, or a piece of one too long for a whole quadrant. */
struct Note
{
    Paragraph text;
    bool placed = false; ///< the group put it at a spot; else only its quadrant is known
    QPointF centre; ///< where the group put it, slide units
};

/** A quadrant's notes laid out on one chart slide. */
struct QuadPage
{
    QList<QPair<int, QRectF>> notes; ///< index into the quadrant's notes, and the sticky's rectangle
};

double noteHeight(const Paragraph& p, double width, double pt)
{
    return text::height(p, textWidth(width, StickyInset), pt) + 2 * StickyInset + 4;
}

/** The quadrant's inner room, its label kept clear. */
Room quadRoom(const Quad& q)
{
    Room room(q.r.adjusted(6, 6, -6, -6));
    const bool right = q.q == Quadrant::Implement || q.q == Quadrant::Challenge;
    const bool bottom = q.q == Quadrant::Kibosh || q.q == Quadrant::Challenge;
    const double lw = QFontMetricsF(text::font(16, true)).horizontalAdvance(q.label) / 0.94 + 40;
    room.keep(QRectF(right ? q.r.right() - lw : q.r.left(), bottom ? q.r.bottom() - 48 : q.r.top(), lw, 48));
    return room;
}

/**
 * Lays out the notes @p todo (indexes into @p notes) on one slide's quadrant @p q: the placed
 * notes near their spots first, then the others column by column. At most @p cap notes.
 * @return the page; the notes that did not fit stay in @p todo.
 */
QuadPage layoutPage(const Quad& q, const QList<Note>& notes, QList<int>* todo, int cap, double pt,
                    bool tidyAll)
{
    Room room = quadRoom(q);
    const int columns = std::max(1, int((room.inner().width() + Room::Gap) / (StickyW + Room::Gap)));
    const double colW = room.columnWidth(columns);
    QuadPage page;
    QList<int> left;
    // The group's placed notes first: they have a claim on their spot.
    QList<int> order;
    for (int i : std::as_const(*todo)) {
        if (notes[i].placed && !tidyAll)
            order << i;
    }
    for (int i : std::as_const(*todo)) {
        if (!notes[i].placed || tidyAll)
            order << i;
    }
    QSet<int> done, missed; // notes placed; items a piece of which did not fit (keep their order)
    for (int i : std::as_const(order)) {
        if (int(page.notes.size()) >= cap)
            break;
        const Note& n = notes[i];
        if (missed.contains(n.text.itemId))
            continue;
        // The narrowest span of columns that keeps the note within a few lines.
        int span = 1;
        double h = noteHeight(n.text, colW, pt);
        while (span < columns && h > 5 * text::lineHeight(pt) + 2 * StickyInset + 4) {
            ++span;
            h = noteHeight(n.text, span * colW + (span - 1) * Room::Gap, pt);
        }
        double w = span * colW + (span - 1) * Room::Gap;
        QRectF r;
        bool ok = false;
        if (n.placed && !tidyAll) {
            // A short note is only as wide as its words.
            if (span == 1 && text::lines(n.text, textWidth(colW, StickyInset), pt).size() == 1) {
                const double natural
                    = QFontMetricsF(text::font(pt, n.text.bold)).horizontalAdvance(n.text.text);
                w = std::clamp(natural / 0.94 + 2 * StickyInset + 8, 90.0, colW);
                h = noteHeight(n.text, w, pt);
            }
            ok = room.near(n.centre, QSizeF(w, h), &r);
        } else {
            ok = room.tidy(columns, span, h, &r);
        }
        // No room in that shape: wider and shorter, or narrower and taller, where there is room.
        for (int other = 1; !ok && other <= columns; ++other) {
            if (other == span)
                continue;
            w = other * colW + (other - 1) * Room::Gap;
            h = noteHeight(n.text, w, pt);
            ok = n.placed && !tidyAll ? room.near(n.centre, QSizeF(w, h), &r)
                                      : room.tidy(columns, other, h, &r);
        }
        if (!ok) {
            missed.insert(n.text.itemId);
            continue;
        }
        room.keep(r);
        page.notes.append({i, r});
        done.insert(i);
    }
    for (int i : std::as_const(*todo)) {
        if (!done.contains(i))
            left << i;
    }
    *todo = left;
    return page;
}

/** All of a quadrant's notes over as few chart slides as hold them, balanced between slides;
 *  empty when a note cannot fit even an empty quadrant at @p pt. */
QList<QuadPage> layoutQuadrant(const Quad& q, const QList<Note>& notes, double pt, int slides = 1)
{
    const auto run = [&](int cap, bool tidyAll) {
        QList<QuadPage> pages;
        QList<int> todo;
        for (int i = 0; i < notes.size(); ++i)
            todo << i;
        if (tidyAll) // the group's spots, read from the top
            std::stable_sort(todo.begin(), todo.end(),
                             [&](int a, int b) { return notes[a].centre.y() < notes[b].centre.y(); });
        while (!todo.isEmpty()) {
            const int before = int(todo.size());
            pages << layoutPage(q, notes, &todo, cap, pt, tidyAll);
            if (int(todo.size()) == before)
                return QList<QuadPage>();
        }
        return pages;
    };
    constexpr int Any = std::numeric_limits<int>::max();
    QList<QuadPage> best = run(Any, false);
    bool tidyAll = false;
    if (best.isEmpty() || best.size() > 1) {
        // Too crowded to keep every spot: columns hold more.
        const QList<QuadPage> tidy = run(Any, true);
        if (!tidy.isEmpty() && (best.isEmpty() || tidy.size() < best.size())) {
            best = tidy;
            tidyAll = true;
        }
    }
    if (best.isEmpty() || std::max<int>(slides, int(best.size())) <= 1)
        return best;
    // Share the notes evenly over the chart's slides so none holds a straggler or two.
    const int k = std::max<int>(slides, int(best.size()));
    const QList<QuadPage> even = run((int(notes.size()) + k - 1) / k, tidyAll);
    return !even.isEmpty() && even.size() <= k ? even : best;
}

} // namespace

void DeckBuilder::pickSlides(const SessionData::Place& place, int aimIndex)
{
    const auto& aim = place.aims[aimIndex];
    const QString name = text::clean(place.name);
    const QString title = place.aims.size() > 1 ? tr("%1: PICK chart, aim %2").arg(name).arg(aimIndex + 1)
                                                : tr("%1: PICK chart").arg(name);
    const QList<Paragraph> aimPs = PickFrame::aimLine(name, aim.statement, aimIndex);
    const double aimH = text::height(aimPs, textWidth(W - 2 * Margin), 14) + 16;
    const QList<Paragraph> caveatPs = plain(caveatText());
    const double caveatH = text::height(caveatPs, textWidth(W - 2 * Margin), 12) + 10;
    const double x0 = Margin + AxisW, y0 = ContentTop - 10 + aimH + 6;
    const auto xm = [](const auto& l) { return l.quads[0].r.right(); };
    const auto ym = [](const auto& l) { return l.quads[0].r.bottom(); };

    // The ideas in full, each recorded once; the ones not yet placed are listed after the chart.
    QList<Paragraph> unplaced;
    struct Idea
    {
        Note note;
        Quadrant q;
        double impact, effort;
    };
    QList<Idea> ideas;
    for (const auto& idea : aim.ideas) {
        if (text::clean(idea.text).trimmed().isEmpty())
            continue;
        if (idea.unsorted) {
            unplaced << m_pages.itemParagraph(QStringLiteral("idea"), idea.text, QStringLiteral("•"));
            continue;
        }
        const Quadrant q = quadrantOf(idea.impact, idea.effort);
        double ci = 0, ce = 0;
        quadrantCentre(q, &ci, &ce);
        Note n;
        n.placed = std::abs(idea.impact - ci) > 1e-6 || std::abs(idea.effort - ce) > 1e-6;
        n.text = text::paragraph(idea.text);
        n.text.itemId = m_pages.addItem(QStringLiteral("idea"), idea.text);
        ideas.append({n, q, std::clamp(idea.impact, 0.0, 1.0), std::clamp(idea.effort, 0.0, 1.0)});
    }

    // A few ideas not yet placed go in a row under the chart; more are listed on a slide after it.
    const QList<Paragraph> bandHead = plain(PickFrame::unplacedHead(), true);
    const double bandHeadW
        = QFontMetricsF(text::font(12, true)).horizontalAdvance(bandHead.first().text) / 0.94 + 24;
    QList<QPair<Paragraph, QRectF>> band;
    double bandH = 0;
    if (!unplaced.isEmpty() && !ideas.isEmpty()) {
        double x = x0 + bandHeadW, rowH = 0;
        bool fits = true;
        for (Paragraph p : std::as_const(unplaced)) {
            p.bullet.clear();
            double w = StickyW;
            if (text::lines(p, textWidth(w, StickyInset), 12).size() == 1)
                w = std::clamp(QFontMetricsF(text::font(12)).horizontalAdvance(p.text) / 0.94
                                   + 2 * StickyInset + 8,
                               90.0, StickyW);
            const double most = 3 * text::lineHeight(12) + 2 * StickyInset + 4;
            double h = noteHeight(p, w, 12);
            // A longer idea takes a wider note, as far as the row has room, rather than a slide of
            // its own after the chart.
            while (h > most && x + w + StickyW / 2 <= W - Margin) {
                w += StickyW / 2;
                h = noteHeight(p, w, 12);
            }
            if (h > most || x + w > W - Margin) {
                fits = false;
                break;
            }
            band.append({p, QRectF(x, 0, w, h)});
            x += w + Room::Gap;
            rowH = std::max(rowH, h);
        }
        if (fits) {
            bandH = rowH + 10;
            unplaced.clear();
        } else {
            band.clear();
        }
    }
    const QRectF area(x0, y0, W - 2 * Margin - AxisW, ContentBottom - 48 - caveatH - bandH - y0);

    // The largest size at which the chart holds every note on one slide; else 12 pt, with the
    // quadrants' borders moved to give a crowded side more room, over as few slides as the most
    // crowded quadrant needs. A text too long for a whole quadrant goes in pieces.
    struct Layout
    {
        double pt = MinTextPt;
        QList<Quad> quads;
        QList<QList<Note>> notes;
        QList<QList<QuadPage>> laid;
        int count = std::numeric_limits<int>::max();
    };
    const auto attempt = [&](double pt, double fx, double fy) {
        Layout l;
        l.pt = pt;
        l.quads = PickFrame::quadrants(area, fx, fy);
        l.notes = QList<QList<Note>>(4);
        l.laid = QList<QList<QuadPage>>(4);
        int most = 1;
        for (const Quad& quad : std::as_const(l.quads)) {
            const QRectF inner = quadRoom(quad).inner();
            const double pieceH = inner.height() - 48 - Room::Gap - 2 * StickyInset - 4;
            QList<Note>& qn = l.notes[int(quad.q)];
            for (const Idea& i : std::as_const(ideas)) {
                if (i.q != quad.q)
                    continue;
                // The group's spot, each half of an axis stretched to its side of the border.
                const double x = i.impact < 0.5 ? area.left() + (xm(l) - area.left()) * i.impact * 2
                                                : xm(l) + (area.right() - xm(l)) * (i.impact - 0.5) * 2;
                const double y = i.effort < 0.5 ? area.top() + (ym(l) - area.top()) * i.effort * 2
                                                : ym(l) + (area.bottom() - ym(l)) * (i.effort - 0.5) * 2;
                const auto pieces = text::flow({i.note.text}, textWidth(inner.width(), StickyInset),
                                               std::max(40.0, pieceH), pt);
                for (const auto& page : pieces) {
                    for (const Paragraph& piece : page) {
                        Note p = i.note;
                        p.text = piece;
                        p.centre = QPointF(x, y);
                        p.placed = i.note.placed && pieces.size() == 1;
                        qn << p;
                    }
                }
            }
            l.laid[int(quad.q)] = layoutQuadrant(quad, qn, pt);
            if (l.laid[int(quad.q)].isEmpty() && !qn.isEmpty())
                return l; // does not fit at all
            most = std::max<int>(most, int(l.laid[int(quad.q)].size()));
        }
        l.count = most;
        return l;
    };
    Layout best = attempt(14, 0.5, 0.5);
    if (best.count > 1) {
        best = attempt(12, 0.5, 0.5);
        for (double fx : {0.5, 0.4, 0.6, 0.3, 0.7}) {
            for (double fy : {0.5, 0.4, 0.6, 0.3, 0.7}) {
                if (best.count <= 1)
                    break;
                const Layout l = attempt(12, fx, fy);
                if (l.count < best.count)
                    best = l;
            }
        }
    }
    const int count = best.count;
    if (count > 1) {
        // Every quadrant shared over the chart's slides, so that each slide is about as full.
        for (const Quad& quad : std::as_const(best.quads)) {
            auto& laid = best.laid[int(quad.q)];
            if (laid.isEmpty())
                continue;
            const auto even = layoutQuadrant(quad, best.notes[int(quad.q)], best.pt, count);
            if (!even.isEmpty() && even.size() <= count)
                laid = even;
        }
    }
    if (!ideas.isEmpty()) {
        for (int k = 0; k < count; ++k) {
            const QString t = count > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(k + 1).arg(count) : title;
            Slide& s = m_pages.newSlide(t, QStringLiteral("places"));
            s.elements.append(
                textBox(QRectF(Margin, ContentTop - 10, W - 2 * Margin, aimH), aimPs, 14, muted()));
            PickFrame::drawQuadrants(s.elements, best.quads);
            PickFrame::drawAxes(s.elements, best.quads);
            s.elements.append(textBox(QRectF(Margin, area.bottom() + 44 + bandH, W - 2 * Margin, caveatH),
                                      caveatPs, 12, muted(), Qt::AlignCenter));
            if (k == 0 && !band.isEmpty()) {
                const double by = area.bottom() + 48;
                s.elements.append(textBox(QRectF(x0, by, bandHeadW, bandH - 10), bandHead, 12, theme::text(),
                                          Qt::AlignLeft | Qt::AlignVCenter));
                for (const auto& [p, r] : std::as_const(band))
                    s.elements.append(stickyNote(r.translated(0, by), {p}, 12));
            }
            for (const Quad& q : std::as_const(best.quads)) {
                const auto& pages = best.laid[int(q.q)];
                if (k >= pages.size())
                    continue;
                for (const auto& [i, r] : pages[k].notes)
                    s.elements.append(stickyNote(r, {best.notes[int(q.q)][i].text}, best.pt));
            }
        }
    }
    if (!unplaced.isEmpty())
        m_pages.columnSlides(PickFrame::listTitle(name, aimIndex), QStringLiteral("places"),
                             {PickFrame::unplacedHead()}, {unplaced});
}

} // namespace rt::slides
