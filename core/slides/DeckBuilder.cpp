// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/DeckBuilder.h"

#include "domain/Quadrant.h"
#include "domain/Tally.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rt::slides {

namespace {

using namespace theme;

constexpr double W = SlideWidth;
constexpr double H = SlideHeight;
constexpr double BodyPt = 16;
constexpr double NotePt[] = {16, 14, 12};
constexpr double CellInset = 8;

Element textBox(const QRectF& r, const QList<Paragraph>& ps, double pt, const QColor& color = theme::text(),
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop)
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

Element rectShape(const QRectF& r, const QColor& fill, const QList<Paragraph>& ps = {}, double pt = 14,
                  Qt::Alignment align = Qt::AlignCenter)
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

Element lineShape(const QPointF& a, const QPointF& b, const QColor& c, double width = 2)
{
    Element e;
    e.type = Element::Line;
    e.name = QStringLiteral("Connector");
    e.rect = QRectF(a, b);
    e.line = c;
    e.lineWidth = width;
    return e;
}

QList<Paragraph> plain(const QString& t, bool bold = false)
{
    return {text::paragraph(t, {}, bold)};
}

double textWidth(double boxWidth, double inset = 8)
{
    return text::wrapWidth(boxWidth, inset);
}

/** A number in an indicator cell ("74%", "-0.1%", "1,234"); false when there is none. */
bool numberIn(const QString& s, double* out)
{
    static const QRegularExpression re(QStringLiteral("[-+−]?\\d[\\d,]*(\\.\\d+)?|[-+−]?\\.\\d+"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    QString t = m.captured(0);
    t.remove(QLatin1Char(','));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    *out = t.toDouble(&ok);
    return ok;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QStringList sectionKeys()
{
    return {QStringLiteral("intro"),  QStringLiteral("tables"),   QStringLiteral("polls"),
            QStringLiteral("places"), QStringLiteral("datapack"), QStringLiteral("feedback")};
}

QString sectionLabel(const QString& key)
{
    if (key == QLatin1String("intro"))
        return QCoreApplication::translate("DeckBuilder", "Title, purpose, agenda and disclaimer");
    if (key == QLatin1String("tables"))
        return QCoreApplication::translate("DeckBuilder", "Topic-based table discussions");
    if (key == QLatin1String("polls"))
        return QCoreApplication::translate("DeckBuilder", "Poll results");
    if (key == QLatin1String("places"))
        return QCoreApplication::translate("DeckBuilder", "Place-based action planning");
    if (key == QLatin1String("datapack"))
        return QCoreApplication::translate("DeckBuilder", "Data pack");
    if (key == QLatin1String("feedback"))
        return QCoreApplication::translate("DeckBuilder", "Feedback");
    return key;
}

DeckBuilder::DeckBuilder(const SessionData& data)
    : m_data(data)
{ }

Deck DeckBuilder::build()
{
    // Every fixed label below, on this thread, in the event's language.
    const PackLanguage::Scope language(m_data.language);
    m_deck = Deck();
    m_deck.title = text::clean(m_data.title);
    m_deck.language = m_data.language.isEmpty() ? QStringLiteral("en") : m_data.language;
    if (wants(QStringLiteral("intro"))) {
        titleSlide();
        purposeSlides();
        agendaSlides();
        disclaimerSlides();
    }
    if (wants(QStringLiteral("tables")))
        tableSection();
    if (wants(QStringLiteral("polls"))) {
        bool first = true;
        for (const auto& p : m_data.polls) {
            if (p.place >= 0 || p.feedback)
                continue;
            if (first)
                sectionSlide(tr("Poll results"), tr("What the room voted for"), QStringLiteral("polls"));
            first = false;
            pollSlide(p, QStringLiteral("polls"));
        }
    }
    if (wants(QStringLiteral("places")) && !m_data.places.isEmpty()) {
        sectionSlide(tr("Place-based action planning"), tr("Breakout discussions by place"),
                     QStringLiteral("places"));
        for (const auto& place : m_data.places)
            placeSection(place);
    }
    if (wants(QStringLiteral("datapack")) && !m_data.indicators.isEmpty())
        dataPackSlides();
    if (wants(QStringLiteral("feedback"))) {
        bool first = true;
        for (const auto& p : m_data.polls) {
            if (!p.feedback)
                continue;
            if (first)
                sectionSlide(tr("Feedback"), tr("How the day went"), QStringLiteral("feedback"));
            first = false;
            pollSlide(p, QStringLiteral("feedback"));
        }
    }
    finish();
    return std::move(m_deck);
}

Slide& DeckBuilder::newSlide(const QString& title, const QString& section)
{
    Slide s;
    s.kind = Slide::Content;
    s.title = text::clean(title);
    s.section = section;
    // A long title steps down in size until it fits its band (never below the minimum).
    const QRectF band(Margin, 40, W - 2 * Margin, 110);
    double pt = 28;
    while (pt > MinTextPt
           && text::height(plain(s.title, true), textWidth(band.width()), pt) > band.height() - 16)
        pt -= 2;
    Element t = textBox(band, plain(s.title, true), pt, accent(), Qt::AlignLeft | Qt::AlignVCenter);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    s.elements.append(rectShape(QRectF(Margin, 152, W - 2 * Margin, 4), accent()));
    m_deck.slides.append(s);
    return m_deck.slides.last();
}

void DeckBuilder::sectionSlide(const QString& title, const QString& subtitle, const QString& section)
{
    Slide s;
    s.kind = Slide::Section;
    s.title = text::clean(title);
    s.subtitle = text::clean(subtitle);
    s.section = section;
    s.elements.append(rectShape(QRectF(0, 0, W, H), accent()));
    Element t = textBox(QRectF(Margin * 2, 330, W - 4 * Margin, 240), plain(s.title, true), 40, white(),
                        Qt::AlignLeft | Qt::AlignBottom);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    if (!s.subtitle.isEmpty())
        s.elements.append(
            textBox(QRectF(Margin * 2, 590, W - 4 * Margin, 200), plain(s.subtitle), 22, white()));
    m_deck.slides.append(s);
}

int DeckBuilder::addItem(const QString& kind, const QString& t)
{
    m_deck.items.append({kind, text::clean(t)});
    return int(m_deck.items.size()) - 1;
}

Paragraph DeckBuilder::itemParagraph(const QString& kind, const QString& raw, const QString& bullet,
                                     bool bold)
{
    Paragraph p = text::paragraph(raw, bullet, bold);
    p.itemId = addItem(kind, raw);
    return p;
}

void DeckBuilder::flowSlides(const QString& title, const QString& section, const QList<Paragraph>& ps,
                             double pt, const QString& intro)
{
    double top = ContentTop;
    QList<Paragraph> introPs;
    double introH = 0;
    const double boxW = W - 2 * Margin;
    if (!intro.isEmpty()) {
        introPs = plain(intro, true);
        introH = text::height(introPs, textWidth(boxW), pt) + 24;
    }
    const auto pages = text::flow(ps, textWidth(boxW), ContentBottom - top - introH - 16, pt);
    for (int i = 0; i < pages.size(); ++i) {
        const QString t
            = pages.size() > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(i + 1).arg(pages.size()) : title;
        Slide& s = newSlide(t, section);
        double y = top;
        if (!introPs.isEmpty()) {
            s.elements.append(textBox(QRectF(Margin, y, boxW, introH), introPs, pt));
            y += introH;
        }
        s.elements.append(textBox(QRectF(Margin, y, boxW, ContentBottom - y), pages[i], pt));
    }
}

void DeckBuilder::columnSlides(const QString& title, const QString& section, const QStringList& headers,
                               const QList<QList<Paragraph>>& columns, const QString& legend)
{
    const int n = std::max<int>(1, int(columns.size()));
    const double gap = 30;
    const double colW = (W - 2 * Margin - gap * (n - 1)) / n;
    const double headPt = 16;
    double headH = 0;
    for (const QString& h : headers)
        headH = std::max(headH, text::height(plain(h, true), textWidth(colW, 12), headPt));
    headH += 24;
    const double legendH = legend.isEmpty() ? 0 : text::lineHeight(12) + 12;
    const double bodyTop = ContentTop + headH + 10;
    const double bodyH = ContentBottom - legendH - bodyTop - 16;
    // The largest size at which every column fits one slide; else 12 pt over several slides.
    double pt = NotePt[2];
    QList<QList<QList<Paragraph>>> pages;
    for (double size : NotePt) {
        pages.clear();
        int most = 1;
        for (const auto& c : columns) {
            pages.append(text::flow(c, textWidth(colW), bodyH, size));
            most = std::max<int>(most, int(pages.last().size()));
        }
        pt = size;
        if (most == 1)
            break;
    }
    int count = 1;
    for (const auto& p : pages)
        count = std::max<int>(count, int(p.size()));
    for (int k = 0; k < count; ++k) {
        const QString t = count > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(k + 1).arg(count) : title;
        Slide& s = newSlide(t, section);
        for (int c = 0; c < n; ++c) {
            const double x = Margin + c * (colW + gap);
            const bool has = c < pages.size() && k < pages[c].size() && !pages[c][k].isEmpty();
            Element head = rectShape(QRectF(x, ContentTop, colW, headH), accent(),
                                     plain(c < headers.size() ? headers[c] : QString(), true), headPt);
            head.inset = 12;
            head.name = QStringLiteral("Heading");
            if (!has && k > 0)
                head.fill = accentLight(), head.color = theme::text();
            s.elements.append(head);
            Element body = textBox(QRectF(x, bodyTop, colW, ContentBottom - legendH - bodyTop),
                                   has ? pages[c][k] : QList<Paragraph>(), pt);
            body.name = QStringLiteral("Column");
            if (has)
                s.elements.append(body);
        }
        if (!legend.isEmpty())
            s.elements.append(textBox(QRectF(Margin, ContentBottom - legendH, W - 2 * Margin, legendH),
                                      plain(legend), 12, muted()));
    }
}

void DeckBuilder::tableSlides(const QString& title, const QString& section, const QString& intro,
                              const QList<Cell>& header, const QList<QList<Cell>>& rows,
                              const QList<double>& fractions, double pt)
{
    const double tableW = W - 2 * Margin;
    QList<double> widths;
    for (double f : fractions)
        widths << tableW * f;
    const auto cellW = [&](int c) { return textWidth(widths[c], CellInset); };
    const auto rowHeight = [&](const QList<Cell>& r) {
        double h = 0;
        for (int c = 0; c < r.size() && c < widths.size(); ++c)
            h = std::max(h, text::height(r[c].paragraphs, cellW(c), pt));
        return h + 2 * CellInset + 6;
    };
    double top = ContentTop;
    QList<Paragraph> introPs;
    double introH = 0;
    if (!intro.isEmpty()) {
        introPs = plain(intro);
        introH = text::height(introPs, textWidth(tableW), 14) + 20;
    }
    const double headH = rowHeight(header);
    const double avail = ContentBottom - top - introH - headH - 10;

    // Rows too tall for a whole slide are cut between lines into continuation rows.
    QList<QList<Cell>> pieces;
    for (const auto& r : rows) {
        if (rowHeight(r) <= avail) {
            pieces.append(r);
            continue;
        }
        QList<QList<QList<Paragraph>>> split;
        int most = 1;
        for (int c = 0; c < r.size(); ++c) {
            split.append(text::flow(r[c].paragraphs, cellW(c), avail - 2 * CellInset - 6, pt));
            most = std::max<int>(most, int(split.last().size()));
        }
        for (int k = 0; k < most; ++k) {
            QList<Cell> piece = r;
            for (int c = 0; c < r.size(); ++c)
                piece[c].paragraphs = k < split[c].size() ? split[c][k] : QList<Paragraph>();
            // Say where a continued row came from when its first cell has nothing left.
            if (k > 0 && !piece.isEmpty() && piece[0].paragraphs.isEmpty())
                piece[0].paragraphs = plain(tr("(continued)"));
            pieces.append(piece);
        }
    }
    QList<QList<QList<Cell>>> pages(1);
    double used = 0;
    for (const auto& r : pieces) {
        const double h = rowHeight(r);
        if (used + h > avail && !pages.last().isEmpty()) {
            pages.append(QList<QList<Cell>>());
            used = 0;
        }
        pages.last().append(r);
        used += h;
    }
    for (int k = 0; k < pages.size(); ++k) {
        const QString t
            = pages.size() > 1 ? QStringLiteral("%1 %2/%3").arg(title).arg(k + 1).arg(pages.size()) : title;
        Slide& s = newSlide(t, section);
        double y = top;
        if (!introPs.isEmpty()) {
            s.elements.append(textBox(QRectF(Margin, y, tableW, introH), introPs, 14, muted()));
            y += introH;
        }
        Element tbl;
        tbl.type = Element::Table;
        tbl.name = QStringLiteral("Table");
        tbl.sizePt = pt;
        tbl.inset = CellInset;
        tbl.columnWidths = widths;
        tbl.cells.append(header);
        tbl.rowHeights.append(headH);
        double h = headH;
        for (const auto& r : pages[k]) {
            tbl.cells.append(r);
            tbl.rowHeights.append(rowHeight(r));
            h += tbl.rowHeights.last();
        }
        tbl.rect = QRectF(Margin, y, tableW, h);
        s.elements.append(tbl);
    }
}

void DeckBuilder::titleSlide()
{
    Slide s;
    s.kind = Slide::Title;
    s.title = m_deck.title.isEmpty() ? tr("Summary of the event") : m_deck.title;
    s.section = QStringLiteral("intro");
    s.elements.append(rectShape(QRectF(0, 0, W, 60), accent()));
    Element t = textBox(QRectF(Margin * 2, 250, W - 4 * Margin, 300), plain(s.title, true), 44, accent(),
                        Qt::AlignLeft | Qt::AlignBottom);
    t.name = QStringLiteral("Title");
    s.elements.append(t);
    s.elements.append(rectShape(QRectF(Margin * 2, 570, 400, 6), accent()));
    QList<Paragraph> sub;
    sub << text::paragraph(tr("Summary of the event"), {}, true);
    QDate date = QDate::fromString(m_data.date, Qt::ISODate);
    if (date.isValid())
        sub << text::paragraph(
            QLocale(m_deck.language == QLatin1String("en") ? QStringLiteral("en_GB") : m_deck.language)
                .toString(date, QStringLiteral("d MMMM yyyy")));
    else if (!m_data.date.isEmpty())
        sub << text::paragraph(m_data.date);
    if (!m_data.venue.isEmpty())
        sub << text::paragraph(m_data.venue);
    if (!m_data.organiser.isEmpty())
        sub << text::paragraph(tr("Organised by %1").arg(m_data.organiser));
    s.elements.append(textBox(QRectF(Margin * 2, 600, W - 4 * Margin, 360), sub, 22));
    m_deck.slides.append(s);
}

void DeckBuilder::purposeSlides()
{
    if (m_data.purpose.isEmpty())
        return;
    QList<Paragraph> ps;
    for (int i = 0; i < m_data.purpose.size(); ++i)
        ps << text::paragraph(m_data.purpose[i], QStringLiteral("%1.").arg(i + 1));
    flowSlides(tr("Purpose"), QStringLiteral("intro"), ps, 20, tr("The purpose of the seminar was to:"));
}

void DeckBuilder::agendaSlides()
{
    if (m_data.agenda.isEmpty())
        return;
    const QList<Cell> header = {Cell {plain(tr("Time"), true), accent(), white(), true},
                                Cell {plain(tr("Item"), true), accent(), white(), true}};
    QList<QList<Cell>> rows;
    for (const auto& a : m_data.agenda) {
        QString time = a.start;
        if (!a.end.isEmpty())
            time += QStringLiteral(" – ") + a.end;
        const bool pause = a.kind == QLatin1String("break") || a.kind == QLatin1String("arrival")
            || a.kind == QLatin1String("close");
        Cell c1 {plain(time), pause ? accentLight() : QColor(), theme::text(), false};
        Cell c2 {plain(a.title, !pause), pause ? accentLight() : QColor(), theme::text(), false};
        rows.append({c1, c2});
    }
    tableSlides(tr("Agenda"), QStringLiteral("intro"), {}, header, rows, {0.22, 0.78}, 18);
}

void DeckBuilder::disclaimerSlides()
{
    const QString t = m_data.disclaimer.trimmed().isEmpty()
        ? tr("These slides are a verbatim reproduction of every idea and suggestion made in the "
             "discussions on the day. Places will develop them further, check them against "
             "existing plans and current capacity, and agree them at their boards.")
        : m_data.disclaimer;
    QList<Paragraph> ps;
    for (const QString& line : text::clean(t).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ps << text::paragraph(line);
    flowSlides(tr("A verbatim reproduction"), QStringLiteral("intro"), ps, 24);
}

void DeckBuilder::tableSection()
{
    if (m_data.tables.isEmpty())
        return;
    sectionSlide(tr("Topic-based table discussions"),
                 tr("Table discussion points: a verbatim reproduction of what each table said"),
                 QStringLiteral("tables"));
    QStringList headers;
    for (const auto& p : m_data.prompts)
        headers << text::clean(p.question);
    for (const auto& t : m_data.tables) {
        QList<QList<Paragraph>> cols;
        bool anyKey = false;
        for (const auto& notes : t.notes) {
            QList<Paragraph> ps;
            for (const auto& n : notes) {
                if (text::clean(n.text).trimmed().isEmpty())
                    continue;
                ps << itemParagraph(QStringLiteral("note"), n.text,
                                    n.keyPoint ? QStringLiteral("★") : QStringLiteral("•"), n.keyPoint);
                anyKey = anyKey || n.keyPoint;
            }
            cols << ps;
        }
        const QString title = t.topic.isEmpty() ? tr("Table %1").arg(t.number)
                                                : QStringLiteral("%1: %2").arg(t.number).arg(t.topic);
        columnSlides(title, QStringLiteral("tables"), headers, cols,
                     anyKey ? tr("★ Key point fed back to the room (also in bold)") : QString());
    }
}

ChartData pollChart(const SessionData::Poll& poll, const QString& language)
{
    const PackLanguage::Scope scope(language);
    const int n = int(poll.options.size());
    // The one tally the Polls page, the pack, Markdown and CSV share: same rows, same mean.
    QList<QByteArray> answers;
    answers.reserve(poll.votes.size());
    for (const QJsonObject& v : poll.votes)
        answers << QJsonDocument(v).toJson(QJsonDocument::Compact);
    const vote::PollKind kind = vote::pollKindFromString(poll.kind);
    const vote::Results r = vote::tally(kind, n, answers);
    ChartData chart;
    chart.title = text::clean(poll.question);
    for (int c : r.counts)
        chart.values << c;
    if (kind == vote::PollKind::Scale) {
        const int levels = vote::scaleLevels(n);
        for (int i = 0; i < levels; ++i)
            chart.labels << (n >= 2 ? QStringLiteral("%1 – %2").arg(i + 1).arg(text::clean(poll.options[i]))
                                    : QString::number(i + 1));
        chart.caption = r.ballots ? DeckBuilder::tr("Mean %1 from %n vote(s)", nullptr, r.ballots)
                                        .arg(QLocale(language).toString(r.mean, 'f', 2))
                                  : DeckBuilder::tr("No votes yet");
    } else {
        for (const QString& o : poll.options)
            chart.labels << text::clean(o);
        chart.caption = kind == vote::PollKind::Ranking
            ? DeckBuilder::tr("Borda points (first place scores %1) from %n ballot(s)", nullptr, r.ballots)
                  .arg(std::max(0, n - 1))
            : DeckBuilder::tr("%n vote(s)", nullptr, r.ballots);
    }
    if (r.ignored > 0)
        chart.caption += QLatin1Char(' ')
            + DeckBuilder::tr("(not counted: %n answer(s) this poll cannot take)", nullptr, r.ignored);
    return chart;
}

void DeckBuilder::pollSlide(const SessionData::Poll& poll, const QString& section)
{
    const QString title = poll.question.isEmpty() ? tr("Poll") : poll.question;
    const int votes = int(poll.votes.size());
    if (poll.kind == QLatin1String("wordcloud") || poll.kind == QLatin1String("open")) {
        QList<Paragraph> ps;
        for (const auto& v : poll.votes) {
            const QString t = v.value(QStringLiteral("text")).toString();
            if (!t.trimmed().isEmpty())
                ps << itemParagraph(QStringLiteral("answer"), t, QStringLiteral("•"));
        }
        if (ps.isEmpty())
            ps << text::paragraph(tr("No answers were given."));
        flowSlides(title, section, ps, 16, tr("%n answer(s)", nullptr, votes));
        return;
    }
    const ChartData chart = pollChart(poll, m_deck.language);
    Slide& s = newSlide(title, section);
    Element e;
    e.type = Element::Chart;
    e.name = QStringLiteral("Chart");
    e.rect = QRectF(Margin, ContentTop + 10, W - 2 * Margin, ContentBottom - ContentTop - 10);
    e.chart = chart;
    e.sizePt = 14;
    QStringList alt;
    for (int i = 0; i < chart.labels.size() && i < chart.values.size(); ++i)
        alt << QStringLiteral("%1: %2").arg(chart.labels[i]).arg(chart.values[i]);
    e.altText = tr("Bar chart of %1. %2. %3").arg(chart.title, alt.join(QStringLiteral("; ")), chart.caption);
    s.elements.append(e);
}

void DeckBuilder::placeSection(const SessionData::Place& place)
{
    const QString name = text::clean(place.name);
    sectionSlide(name, tr("Place-based group discussions"), QStringLiteral("places"));
    QList<Paragraph> ps;
    for (int i = 0; i < place.aims.size(); ++i) {
        const auto& a = place.aims[i];
        ps << text::paragraph(QStringLiteral("…") + a.statement, QStringLiteral("%1.").arg(i + 1), true);
        if (!a.cohort.isEmpty()) {
            Paragraph c = text::paragraph(tr("Cohort: %1").arg(a.cohort));
            c.level = 1;
            ps << c;
        }
    }
    if (!place.priorities.trimmed().isEmpty())
        ps << text::paragraph(place.priorities);
    if (!ps.isEmpty()) {
        flowSlides(tr("%1: aims").arg(name), QStringLiteral("places"), ps, 20,
                   tr("The partners will work together within %1 to…").arg(name));
    }
    for (const auto& p : m_data.polls) {
        if (p.place >= 0 && &m_data.places[p.place] == &place && !p.feedback)
            pollSlide(p, QStringLiteral("places"));
    }
    for (int i = 0; i < place.aims.size(); ++i) {
        pickSlides(place, i);
        driverSlides(place, i);
    }
    actionSlides(place);
}

void DeckBuilder::pickSlides(const SessionData::Place& place, int aimIndex)
{
    const auto& aim = place.aims[aimIndex];
    const QString name = text::clean(place.name);
    const QString title = place.aims.size() > 1 ? tr("%1: PICK chart, aim %2").arg(name).arg(aimIndex + 1)
                                                : tr("%1: PICK chart").arg(name);
    Slide& s = newSlide(title, QStringLiteral("places"));
    const int slideIndex = int(m_deck.slides.size()) - 1;
    // The aim in full when it fits two lines; else a pointer to the aims slide, which has it.
    QList<Paragraph> aimPs
        = plain(tr("The partners will work together within %1 to %2").arg(name, aim.statement));
    if (text::height(aimPs, textWidth(W - 2 * Margin), 14) > 2 * text::lineHeight(14) + 1)
        aimPs = plain(tr("Aim %1: see the aims slide for %2").arg(aimIndex + 1).arg(name));
    const double aimH = text::height(aimPs, textWidth(W - 2 * Margin), 14) + 16;
    s.elements.append(textBox(QRectF(Margin, ContentTop - 10, W - 2 * Margin, aimH), aimPs, 14, muted()));

    const double axisW = 50;
    const double x0 = Margin + axisW, y0 = ContentTop - 10 + aimH + 6;
    const double cw = W - 2 * Margin - axisW, ch = ContentBottom - 50 - y0;
    const QRectF area(x0, y0, cw, ch);
    struct Q
    {
        Quadrant q;
        QString label;
        QColor fill;
        QRectF r;
    };
    const QList<Q> quads = {
        {Quadrant::Possible, tr("POSSIBLE"), possible(), QRectF(x0, y0, cw / 2, ch / 2)},
        {Quadrant::Implement, tr("IMPLEMENT"), implement(), QRectF(x0 + cw / 2, y0, cw / 2, ch / 2)},
        {Quadrant::Kibosh, tr("KIBOSH"), kibosh(), QRectF(x0, y0 + ch / 2, cw / 2, ch / 2)},
        {Quadrant::Challenge, tr("CHALLENGE"), challenge(), QRectF(x0 + cw / 2, y0 + ch / 2, cw / 2, ch / 2)},
    };
    for (const Q& q : quads) {
        Element r = rectShape(q.r, q.fill);
        r.line = white();
        r.name = q.label;
        m_deck.slides[slideIndex].elements.append(r);
        const bool right = q.q == Quadrant::Implement || q.q == Quadrant::Challenge;
        const bool bottom = q.q == Quadrant::Kibosh || q.q == Quadrant::Challenge;
        Element l = textBox(QRectF(right ? q.r.right() - 260 : q.r.left() + 6,
                                   bottom ? q.r.bottom() - 48 : q.r.top() + 4, 254, 44),
                            plain(q.label, true), 16, theme::text(),
                            (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        l.name = q.label;
        m_deck.slides[slideIndex].elements.append(l);
    }
    // Axis words: vertical (easy at the top), horizontal (high impact on the right).
    Element easy = textBox(QRectF(Margin + axisW / 2 - ch / 4, y0 + ch / 4 - axisW / 2, ch / 2, axisW),
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
    m_deck.slides[slideIndex].elements << easy << hard << low << high;

    // Sticky notes: full text when short and the quadrant is not crowded, else a number that
    // points to the list on the next slide. Each idea's text appears exactly once.
    const double stickyW = 300, numW = 64, numH = 44;
    const double stickyTextW = textWidth(stickyW, 6);
    QHash<int, int> perQuad;
    for (const auto& i : aim.ideas) {
        if (!i.unsorted)
            perQuad[int(quadrantOf(i.impact, i.effort))]++;
    }
    QList<QRectF> placed;
    QList<QList<Paragraph>> listed(5);
    int number = 0;
    for (const auto& idea : aim.ideas) {
        const QString clean = text::clean(idea.text);
        if (idea.unsorted) {
            listed[4] << itemParagraph(QStringLiteral("idea"), idea.text, QStringLiteral("•"));
            continue;
        }
        const Quadrant q = quadrantOf(idea.impact, idea.effort);
        Paragraph p = text::paragraph(idea.text);
        const int nLines = int(text::lines(p, stickyTextW, 12).size());
        bool full = nLines <= 4 && perQuad.value(int(q)) <= 6 && !clean.trimmed().isEmpty();
        QSizeF size = full ? QSizeF(stickyW, nLines * text::lineHeight(12) + 14) : QSizeF(numW, numH);
        QRectF qr;
        for (const Q& qq : quads) {
            if (qq.q == q)
                qr = qq.r.adjusted(4, 52, -4, -52);
        }
        const QPointF c(x0 + std::clamp(idea.impact, 0.0, 1.0) * cw,
                        y0 + std::clamp(idea.effort, 0.0, 1.0) * ch);
        auto fit = [&](QPointF centre) {
            QRectF r(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
                     size.height());
            if (r.left() < qr.left())
                r.moveLeft(qr.left());
            if (r.right() > qr.right())
                r.moveRight(qr.right());
            if (r.top() < qr.top())
                r.moveTop(qr.top());
            if (r.bottom() > qr.bottom())
                r.moveBottom(qr.bottom());
            return r;
        };
        // Nudge out of the way of notes already placed, spiralling outwards; a note with no free
        // spot left becomes a number (listed on the next slide) so no text hides another.
        const auto findSpot = [&](QRectF* out) {
            for (int step = 0; step < 400; ++step) {
                const double a = step * 0.7, rad = 6.0 * std::sqrt(double(step)) * 6;
                const QRectF cand = fit(c + QPointF(std::cos(a) * rad, std::sin(a) * rad));
                bool clash = false;
                for (const QRectF& o : placed)
                    clash = clash || o.adjusted(-3, -3, 3, 3).intersects(cand);
                if (!clash) {
                    *out = cand;
                    return true;
                }
            }
            // Crowded: the free spot nearest to where the group put it, on a fine grid.
            bool found = false;
            double best = 0;
            for (double y = qr.top(); y + size.height() <= qr.bottom(); y += 6) {
                for (double x = qr.left(); x + size.width() <= qr.right(); x += 6) {
                    const QRectF cand(QPointF(x, y), size);
                    const QPointF d = cand.center() - c;
                    const double dist = d.x() * d.x() + d.y() * d.y();
                    if (found && dist >= best)
                        continue;
                    bool clash = false;
                    for (const QRectF& o : placed)
                        clash = clash || o.adjusted(-3, -3, 3, 3).intersects(cand);
                    if (!clash) {
                        *out = cand;
                        best = dist;
                        found = true;
                    }
                }
            }
            if (!found)
                *out = fit(c);
            return found;
        };
        QRectF r;
        if (!findSpot(&r) && full) {
            full = false;
            size = QSizeF(numW, numH);
            findSpot(&r);
        }
        placed << r;
        Element st;
        if (full) {
            Paragraph ip = text::paragraph(idea.text);
            ip.itemId = addItem(QStringLiteral("idea"), idea.text);
            st = rectShape(r, sticky(), {ip}, 12, Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            ++number;
            st = rectShape(r, sticky(), plain(QString::number(number), true), 12, Qt::AlignCenter);
            listed[int(q)] << itemParagraph(QStringLiteral("idea"), idea.text,
                                            QStringLiteral("%1.").arg(number));
        }
        st.name = QStringLiteral("Idea");
        st.line = QColor(0xb4, 0x8a, 0x00);
        st.lineWidth = 1.5;
        st.inset = 6;
        m_deck.slides[slideIndex].elements.append(st);
    }
    QStringList heads
        = {tr("POSSIBLE"), tr("IMPLEMENT"), tr("CHALLENGE"), tr("KIBOSH"), tr("Not yet placed")};
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
        columnSlides(tr("%1: PICK ideas, aim %2 (numbered notes)").arg(name).arg(aimIndex + 1),
                     QStringLiteral("places"), usedHeads, cols);
}

double DeckBuilder::required(const DNode& n, double colWidth) const
{
    const double own
        = text::height(plain(n.continued ? tr("(continued)") : n.text), textWidth(colWidth), 12) + 20;
    double kids = 0;
    for (int i = 0; i < n.children.size(); ++i)
        kids += required(n.children[i], colWidth) + (i ? 12 : 0);
    return std::max(own, kids);
}

QList<QList<DeckBuilder::DNode>> DeckBuilder::packDrivers(const QList<DNode>& nodes, double avail,
                                                          double colWidth) const
{
    QList<QList<DNode>> pages(1);
    double used = 0;
    for (const DNode& n : nodes) {
        const double r = required(n, colWidth);
        const double gap = pages.last().isEmpty() ? 0 : 12;
        if (used + gap + r <= avail) {
            pages.last() << n;
            used += gap + r;
            continue;
        }
        if (r <= avail || n.children.isEmpty()) {
            if (!pages.last().isEmpty())
                pages.append(QList<DNode>());
            pages.last() << n;
            used = r;
            continue;
        }
        const auto sub = packDrivers(n.children, avail, colWidth);
        for (int k = 0; k < sub.size(); ++k) {
            DNode part = n;
            part.children = sub[k];
            part.continued = n.continued || k > 0;
            if (!pages.last().isEmpty())
                pages.append(QList<DNode>());
            pages.last() << part;
            used = required(part, colWidth);
        }
    }
    return pages;
}

void DeckBuilder::layoutDrivers(Slide& s, const QList<DNode>& nodes, int depth, double top, double colWidth,
                                double colStep, const QPointF& parentAnchor)
{
    double y = top;
    for (const DNode& n : nodes) {
        const double r = required(n, colWidth);
        const double own
            = text::height(plain(n.continued ? tr("(continued)") : n.text), textWidth(colWidth), 12) + 20;
        const double x = Margin + (depth + 1) * colStep;
        const QRectF box(x, y + (r - own) / 2, colWidth, own);
        Element e = rectShape(
            box, depth == 0 ? accentLight() : (depth == 1 ? QColor(0xf3, 0xf4, 0xf6) : sticky()),
            plain(n.continued ? tr("(continued)") : n.text), 12, Qt::AlignLeft | Qt::AlignVCenter);
        e.line = rule();
        e.lineWidth = 1.5;
        e.name = QStringLiteral("Driver");
        s.elements.append(lineShape(parentAnchor, QPointF(box.left(), box.center().y()), muted(), 2));
        s.elements.append(e);
        layoutDrivers(s, n.children, depth + 1, y, colWidth, colStep, QPointF(box.right(), box.center().y()));
        y += r + 12;
    }
}

void DeckBuilder::driverSlides(const SessionData::Place& place, int aimIndex)
{
    const auto& aim = place.aims[aimIndex];
    if (aim.drivers.isEmpty())
        return;
    std::function<DNode(const SessionData::DriverNode&)> conv = [&](const SessionData::DriverNode& d) {
        DNode n;
        n.text = text::clean(d.text);
        for (const auto& c : d.children)
            n.children << conv(c);
        return n;
    };
    QList<DNode> roots;
    int depth = 1;
    std::function<int(const DNode&)> depthOf = [&](const DNode& n) {
        int m = 0;
        for (const auto& c : n.children)
            m = std::max(m, depthOf(c));
        return m + 1;
    };
    for (const auto& d : aim.drivers) {
        roots << conv(d);
        depth = std::max(depth, depthOf(roots.last()));
    }
    const int cols = depth + 1; // the aim, then each level
    const double gap = 50;
    const double colW = (W - 2 * Margin - gap * (cols - 1)) / cols;
    const double headH = 44;
    const double top = ContentTop + headH + 10;
    const double avail = ContentBottom - top;
    const auto pages = packDrivers(roots, avail, colW);
    const QString name = text::clean(place.name);
    QStringList heads = {tr("Aim"), tr("Primary drivers"), tr("Secondary drivers"), tr("Change ideas")};
    while (heads.size() < cols)
        heads << tr("Change ideas");
    for (int k = 0; k < pages.size(); ++k) {
        QString t = tr("%1: driver diagram, aim %2").arg(name).arg(aimIndex + 1);
        if (pages.size() > 1)
            t += QStringLiteral(" %1/%2").arg(k + 1).arg(pages.size());
        Slide& s = newSlide(t, QStringLiteral("places"));
        for (int c = 0; c < cols; ++c) {
            const bool last = c == cols - 1;
            s.elements.append(textBox(QRectF(Margin + c * (colW + gap), ContentTop, colW, headH),
                                      plain(last && cols < 4 ? heads[3] : heads[std::min(c, 3)], true), 14,
                                      accent()));
        }
        double used = 0;
        for (const auto& n : pages[k])
            used += required(n, colW) + 12;
        const QList<Paragraph> aimPs = plain(aim.statement);
        const double aimH = std::min(avail, text::height(aimPs, textWidth(colW), 12) + 20);
        const QRectF aimBox(Margin, top + std::max(0.0, (used - 12 - aimH) / 2), colW, aimH);
        Element a = rectShape(aimBox, accent(), k == 0 ? aimPs : plain(tr("(continued)")), 12,
                              Qt::AlignLeft | Qt::AlignVCenter);
        a.name = QStringLiteral("Aim");
        s.elements.append(a);
        layoutDrivers(s, pages[k], 0, top, colW, colW + gap, QPointF(aimBox.right(), aimBox.center().y()));
    }
}

void DeckBuilder::actionSlides(const SessionData::Place& place)
{
    if (place.actions.isEmpty())
        return;
    const QStringList heads = {tr("Cohort"),          tr("Idea"),     tr("Action"),
                               tr("Who will do it?"), tr("By when?"), tr("Measure of success")};
    QList<Cell> header;
    for (const QString& h : heads)
        header << Cell {plain(h, true), accent(), white(), true};
    QList<QList<Cell>> rows;
    for (const auto& a : place.actions) {
        QList<Cell> r;
        for (const QString& v : {a.cohort, a.idea, a.action, a.who, a.byWhen, a.measure}) {
            Cell c;
            if (!text::clean(v).trimmed().isEmpty())
                c.paragraphs << itemParagraph(QStringLiteral("action"), v, {});
            r << c;
        }
        rows << r;
    }
    const QString name = text::clean(place.name);
    tableSlides(tr("%1: action plan").arg(name), QStringLiteral("places"),
                tr("The partners will work together within %1 to…").arg(name), header, rows,
                {0.12, 0.17, 0.29, 0.15, 0.11, 0.16}, 12);
}

void DeckBuilder::dataPackSlides()
{
    const int nv = int(m_data.indicatorColumns.size());
    QList<Cell> header;
    header << Cell {plain(tr("Domain"), true), accent(), white(), true}
           << Cell {plain(tr("Indicator"), true), accent(), white(), true};
    for (const QString& c : m_data.indicatorColumns)
        header << Cell {plain(c, true), accent(), white(), true};
    const QColor best(0xf7, 0xfb, 0xff), worst(0x08, 0x45, 0x94);
    QList<QList<Cell>> rows;
    QString lastDomain;
    for (const auto& r : m_data.indicators) {
        QList<Cell> cells;
        cells << Cell {plain(r.domain == lastDomain ? QString() : r.domain, true), {}, theme::text(), true};
        lastDomain = r.domain;
        cells << Cell {plain(r.indicator), {}, theme::text(), false};
        // Rank only the areas' own values; comparators are coloured on the same scale.
        double lo = 0, hi = 0;
        bool any = false;
        for (int i = 0; i < r.values.size() && i < nv; ++i) {
            double v;
            const bool comparator = i < m_data.comparator.size() && m_data.comparator[i];
            if (!comparator && numberIn(r.values[i], &v)) {
                lo = any ? std::min(lo, v) : v;
                hi = any ? std::max(hi, v) : v;
                any = true;
            }
        }
        for (int i = 0; i < nv; ++i) {
            const QString v = i < r.values.size() ? r.values[i] : QString();
            Cell c {plain(v), {}, theme::text(), false};
            double x;
            if (any && numberIn(v, &x)) {
                double good = hi > lo ? std::clamp((x - lo) / (hi - lo), 0.0, 1.0) : 1.0;
                if (!r.higherIsBetter)
                    good = 1.0 - good;
                // Mid-tones read poorly with both dark and white text: step off them.
                double t = 0.15 + 0.85 * good;
                c.fill = mix(worst, best, t);
                while (contrast(c.fill, textOn(c.fill)) < 4.5 && t > 0 && t < 1) {
                    t += good >= 0.5 ? 0.02 : -0.02;
                    c.fill = mix(worst, best, std::clamp(t, 0.0, 1.0));
                }
                c.color = textOn(c.fill);
            }
            cells << c;
        }
        rows << cells;
    }
    QList<double> fr = {0.16, 0.30};
    for (int i = 0; i < nv; ++i)
        fr << 0.54 / std::max(1, nv);
    sectionSlide(tr("Data pack"), tr("The figures that shaped the conversations"),
                 QStringLiteral("datapack"));
    tableSlides(tr("Data pack"), QStringLiteral("datapack"),
                tr("Key: A lighter colour indicates better performance"), header, rows, fr, 12);
}

void DeckBuilder::finish()
{
    const int total = int(m_deck.slides.size());
    for (int i = 0; i < total; ++i) {
        Slide& s = m_deck.slides[i];
        s.footer = m_deck.title;
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

} // namespace rt::slides
