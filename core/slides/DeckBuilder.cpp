// SPDX-License-Identifier: GPL-3.0-or-later
#include "slides/DeckBuilder.h"

#include "domain/PackSections.h"

#include "domain/Quadrant.h"
#include "domain/Tally.h"
#include "slides/SlideElements.h"
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
using namespace elements;

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
    return packSectionKeys();
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
    if (key == QLatin1String("nextsteps"))
        return QCoreApplication::translate("DeckBuilder", "Next steps");
    if (key == QLatin1String("feedback"))
        return QCoreApplication::translate("DeckBuilder", "Feedback");
    return key;
}

DeckBuilder::DeckBuilder(const SessionData& data)
    : m_data(data)
    , m_settings(data.settings)
{
    // A SessionData made by hand (not loaded) has no order yet: the hand-made pack's.
    if (m_settings.order.isEmpty())
        m_settings.order = sectionKeys();
}

Deck DeckBuilder::build()
{
    // Every fixed label below, on this thread, in the event's language.
    const PackLanguage::Scope language(m_data.language);
    m_deck = Deck();
    m_deck.title = text::clean(m_data.title);
    m_deck.language = m_data.language.isEmpty() ? QStringLiteral("en") : m_data.language;
    // The settings' order (by default the hand-made pack's: the intro, the data that shaped the
    // day, the tables, each place's work with its own polls, the room's other polls, the next
    // steps, then the feedback).
    for (const QString& key : m_settings.order) {
        if (wants(key))
            section(key);
    }
    finish();
    return std::move(m_deck);
}

void DeckBuilder::section(const QString& key)
{
    if (key == QLatin1String("intro")) {
        titleSlide();
        purposeSlides();
        agendaSlides();
        disclaimerSlides();
    } else if (key == QLatin1String("datapack")) {
        if (!m_data.indicators.isEmpty())
            dataPackSlides();
    } else if (key == QLatin1String("tables")) {
        tableSection();
    } else if (key == QLatin1String("places")) {
        if (m_data.places.isEmpty())
            return;
        m_pages.sectionSlide(tr("Place-based action planning"), tr("Breakout discussions by place"),
                             QStringLiteral("places"));
        for (const auto& place : m_data.places)
            placeSection(place);
    } else if (key == QLatin1String("polls")) {
        pollSection(false);
    } else if (key == QLatin1String("nextsteps")) {
        nextStepsSlides();
    } else if (key == QLatin1String("feedback")) {
        pollSection(true);
    }
}

void DeckBuilder::pollSection(bool feedback)
{
    // A place's polls are in its section while that is exported; otherwise they are the room's.
    const bool placesShown = wants(QStringLiteral("places"));
    const auto here = [&](const SessionData::Poll& p) {
        return p.feedback == feedback && (feedback || !placesShown || p.place < 0);
    };
    const auto count = std::count_if(m_data.polls.cbegin(), m_data.polls.cend(), here);
    bool first = true;
    for (const auto& p : m_data.polls) {
        if (!here(p))
            continue;
        // A divider before the feedback, and before the room's polls when there are several (one
        // poll's slide is its own heading).
        if (first && feedback)
            m_pages.sectionSlide(tr("Feedback"), tr("How the day went"), QStringLiteral("feedback"));
        else if (first && count > 1)
            m_pages.sectionSlide(tr("Poll results"), tr("What the room voted for"), QStringLiteral("polls"));
        first = false;
        SessionData::Poll labelled = p;
        if (p.priorities && p.place >= 0) {
            labelled.question = tr("%1's priorities: %2")
                                    .arg(text::clean(m_data.places[p.place].name),
                                         p.question.isEmpty() ? tr("Poll") : p.question);
        } else if (p.priorities) {
            labelled.question = tr("Priorities: %1").arg(p.question.isEmpty() ? tr("Poll") : p.question);
        }
        pollSlide(labelled, feedback ? QStringLiteral("feedback") : QStringLiteral("polls"));
    }
}

void DeckBuilder::nextStepsSlides()
{
    QList<Paragraph> ps;
    const QStringList lines = text::clean(m_data.nextSteps).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            ps << text::paragraph(line.trimmed(), lines.size() > 1 ? QStringLiteral("•") : QString());
    }
    if (!ps.isEmpty())
        m_pages.flowSlides(tr("Next steps"), QStringLiteral("nextsteps"), ps, 20);
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
    const qsizetype before = m_deck.slides.size();
    const QString intro = tr("The purpose of the seminar was to:");
    m_pages.flowSlides(tr("Purpose"), QStringLiteral("intro"), ps, 20, intro);
    // The hand-made pack says the slides are verbatim straight after the purpose: on its slide,
    // in a box at its foot, when both fit (a slide of its own otherwise, after the agenda).
    if (m_deck.slides.size() != before + 1)
        return;
    const double boxW = W - 2 * Margin;
    const QList<Paragraph> caveat = disclaimerParagraphs();
    const double caveatH = text::height(caveat, textWidth(boxW, 20), 20) + 40;
    const double used
        = text::height(plain(intro, true), textWidth(boxW), 20) + 24 + text::height(ps, textWidth(boxW), 20);
    if (ContentTop + used + 40 + caveatH > ContentBottom)
        return;
    Element box = rectShape(QRectF(Margin, ContentBottom - caveatH, boxW, caveatH), accentLight(), caveat, 20,
                            Qt::AlignLeft | Qt::AlignVCenter);
    box.color = theme::text();
    box.inset = 20;
    box.name = QStringLiteral("Caveat");
    m_deck.slides.last().elements.append(box);
    m_disclaimerShown = true;
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
    m_pages.tableSlides(tr("Agenda"), QStringLiteral("intro"), {}, header, rows, {0.22, 0.78}, 18);
}

void DeckBuilder::disclaimerSlides()
{
    if (!m_disclaimerShown)
        m_pages.flowSlides(tr("A verbatim reproduction"), QStringLiteral("intro"), disclaimerParagraphs(),
                           24);
}

QList<Paragraph> DeckBuilder::disclaimerParagraphs() const
{
    const QString t = m_data.disclaimer.trimmed().isEmpty()
        ? tr("These slides are a verbatim reproduction of every idea and suggestion made in the "
             "discussions on the day. Places will develop them further, check them against "
             "existing plans and current capacity, and agree them at their boards.")
        : m_data.disclaimer;
    QList<Paragraph> ps;
    for (const QString& line : text::clean(t).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ps << text::paragraph(line);
    return ps;
}

void DeckBuilder::tableSection()
{
    if (m_data.tables.isEmpty())
        return;
    m_pages.sectionSlide(tr("Topic-based table discussions"),
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
                ps << m_pages.itemParagraph(QStringLiteral("note"), n.text,
                                            n.keyPoint ? QStringLiteral("★") : QStringLiteral("•"),
                                            n.keyPoint);
                anyKey = anyKey || n.keyPoint;
            }
            cols << ps;
        }
        const QString title = t.topic.isEmpty() ? tr("Table %1").arg(t.number)
                                                : QStringLiteral("%1: %2").arg(t.number).arg(t.topic);
        QStringList legend;
        if (!text::clean(t.facilitator).trimmed().isEmpty())
            legend << tr("Facilitator: %1").arg(text::clean(t.facilitator).trimmed());
        if (anyKey)
            legend << tr("★ Key point fed back to the room (also in bold)");
        m_pages.columnSlides(title, QStringLiteral("tables"), headers, cols,
                             legend.join(QStringLiteral("   ·   ")));
    }
}

namespace {

/** The one tally the Polls page, the pack, Markdown and CSV share: same rows, same mean, same count. */
vote::Results tallyOf(const SessionData::Poll& poll)
{
    QList<QByteArray> answers;
    answers.reserve(poll.votes.size());
    for (const QJsonObject& v : poll.votes)
        answers << QJsonDocument(v).toJson(QJsonDocument::Compact);
    return vote::tally(vote::pollKindFromString(poll.kind), int(poll.options.size()), answers, poll.hidden);
}

QString notCounted(const vote::Results& r)
{
    QString out;
    if (r.hidden > 0)
        out += QStringLiteral(" · ") + hiddenByFacilitator(r.hidden);
    if (r.ignored > 0)
        out += QLatin1Char(' ')
            + DeckBuilder::tr("(not counted: %n answer(s) this poll cannot take)", nullptr, r.ignored);
    return out;
}

} // namespace

QString hiddenByFacilitator(int hidden)
{
    return DeckBuilder::tr("%n answer(s) hidden by the facilitator", nullptr, hidden);
}

int hiddenAnswers(const SessionData::Poll& poll)
{
    return tallyOf(poll).hidden;
}

ChartData pollChart(const SessionData::Poll& poll, const QString& language)
{
    const PackLanguage::Scope scope(language);
    const int n = int(poll.options.size());
    const vote::Results r = tallyOf(poll);
    const vote::PollKind kind = r.kind;
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
    chart.caption += notCounted(r);
    return chart;
}

void DeckBuilder::pollSlide(const SessionData::Poll& poll, const QString& section)
{
    const QString title = poll.question.isEmpty() ? tr("Poll") : poll.question;
    if (poll.kind == QLatin1String("wordcloud") || poll.kind == QLatin1String("open")) {
        // The answers the tally counts, in the order given, and the same count as the Polls page.
        const vote::Results r = tallyOf(poll);
        QList<Paragraph> ps;
        for (const QString& t : r.answers) {
            if (!t.trimmed().isEmpty())
                ps << m_pages.itemParagraph(QStringLiteral("answer"), t, QStringLiteral("•"));
        }
        if (ps.isEmpty())
            ps << text::paragraph(tr("No answers were given."));
        m_pages.flowSlides(title, section, ps, 16, tr("%n answer(s)", nullptr, r.ballots) + notCounted(r));
        return;
    }
    const ChartData chart = pollChart(poll, m_deck.language);
    Slide& s = m_pages.newSlide(title, section);
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

QString DeckBuilder::caveat()
{
    return tr("Verbatim: the group's own words, still to be developed by the place with its partners.");
}

QString DeckBuilder::caveatText() const
{
    return m_settings.caveat.trimmed().isEmpty() ? caveat() : text::clean(m_settings.caveat.trimmed());
}

void DeckBuilder::placeSection(const SessionData::Place& place)
{
    const QString name = text::clean(place.name);
    // The divider says what happens next to everything in the place's section.
    const QString steps = tr("Place-based group discussions. Next, the place will:\n"
                             "1. check these ideas against its current plans\n"
                             "2. refine and prioritise them, considering the capacity it has\n"
                             "3. take them to its place board to agree");
    QList<Paragraph> ps;
    for (int i = 0; i < place.aims.size(); ++i) {
        const auto& a = place.aims[i];
        ps << text::paragraph(QStringLiteral("…") + a.statement, QStringLiteral("%1.").arg(i + 1), true);
        if (!a.cohort.isEmpty()) {
            Paragraph c = text::paragraph(tr("Cohort: %1").arg(a.cohort));
            c.level = 1;
            ps << c;
        }
        bool anyIdea = false;
        for (const auto& idea : a.ideas)
            anyIdea = anyIdea || !text::clean(idea.text).trimmed().isEmpty();
        if (!anyIdea) { // no empty chart follows: say so here
            Paragraph c = text::paragraph(tr("No ideas were recorded for this aim."));
            c.level = 1;
            ps << c;
        }
    }
    if (!place.priorities.trimmed().isEmpty())
        ps << text::paragraph(place.priorities);
    const QString intro = tr("The partners will work together within %1 to…").arg(name);
    // As the hand-made pack: the aims on the divider beside the review steps when both fit there
    // at a readable size; else the aims get a slide of their own.
    const double half = W / 2 - 3 * Margin;
    QList<Paragraph> aimsPs = plain(intro, true);
    aimsPs << ps;
    const QList<Paragraph> stepsPs = plain(text::clean(steps));
    constexpr double AimsPt = 18, StepsPt = 20, Top = 150, Bottom = 980, TitleH = 250;
    const bool together = !ps.isEmpty() && text::height(aimsPs, textWidth(half), AimsPt) <= Bottom - Top
        && text::height(stepsPs, textWidth(half), StepsPt) <= Bottom - Top - TitleH - 20
        && text::height(plain(name, true), textWidth(half), 40) <= TitleH;
    if (together) {
        m_pages.sectionSlide(name, steps, QStringLiteral("places"));
        Slide& s = m_deck.slides.last();
        s.elements.resize(1); // the full-bleed background; title, steps and aims laid out in halves
        Element t = textBox(QRectF(Margin * 2, Top, half, TitleH), plain(s.title, true), 40, white(),
                            Qt::AlignLeft | Qt::AlignBottom);
        t.name = QStringLiteral("Title");
        s.elements << t
                   << textBox(QRectF(Margin * 2, Top + TitleH + 20, half, Bottom - Top - TitleH - 20),
                              stepsPs, StepsPt, white());
        s.elements << rectShape(QRectF(W / 2 - 2, Top, 4, Bottom - Top), white());
        s.elements << textBox(QRectF(W / 2 + Margin, Top, half, Bottom - Top), aimsPs, AimsPt, white());
    } else {
        m_pages.sectionSlide(name, steps, QStringLiteral("places"));
        if (!ps.isEmpty())
            m_pages.flowSlides(tr("%1: aims").arg(name), QStringLiteral("places"), ps, 20, intro);
    }
    for (const auto& p : m_data.polls) {
        if (p.place >= 0 && &m_data.places[p.place] == &place && !p.feedback) {
            SessionData::Poll labelled = p;
            const QString q = p.question.isEmpty() ? tr("Poll") : p.question;
            labelled.question
                = p.priorities ? tr("%1's priorities: %2").arg(name, q) : tr("%1: %2").arg(name, q);
            pollSlide(labelled, QStringLiteral("places"));
        }
    }
    for (int i = 0; i < place.aims.size(); ++i) {
        pickSlides(place, i);
        driverSlides(place, i);
    }
    actionSlides(place);
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
                c.paragraphs << m_pages.itemParagraph(QStringLiteral("action"), v, {});
            r << c;
        }
        rows << r;
    }
    const QString name = text::clean(place.name);
    m_pages.tableSlides(tr("%1: action plan").arg(name), QStringLiteral("places"),
                        tr("The partners will work together within %1 to…").arg(name) + QLatin1Char('\n')
                            + caveatText(),
                        header, rows, {0.12, 0.13, 0.35, 0.12, 0.09, 0.19}, 12, true);
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
    for (const auto& r : m_data.indicators) {
        QList<Cell> cells;
        // Given on every row; shown once per slide (so a continuation slide keeps its label).
        cells << Cell {plain(r.domain, true), {}, theme::text(), true};
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
    m_pages.tableSlides(tr("Data pack"), QStringLiteral("datapack"),
                        tr("The figures that shaped the conversations. Key: a lighter colour indicates "
                           "better performance"),
                        header, rows, fr, 12, true);
}

void DeckBuilder::finish()
{
    addFooters(m_deck);
}

} // namespace rt::slides