// SPDX-License-Identifier: GPL-3.0-or-later
// The summary pack's deck model: every captured item once and in full, nothing below 12 pt,
// nothing overflowing its box, long columns split over numbered slides.
#include "ExportSample.h"
#include "domain/Tally.h"
#include "session/Document.h"
#include "slides/DeckBuilder.h"
#include "slides/SlidePainter.h"
#include "slides/TextLayout.h"
#include "slides/Theme.h"
#include "slides/Writers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rt;
using namespace rt::slides;

namespace {

/** Every paragraph of the deck in reading order, tables included. */
QList<Paragraph> allParagraphs(const Deck& deck)
{
    QList<Paragraph> out;
    for (const Slide& s : deck.slides) {
        for (const Element& e : s.elements) {
            out << e.paragraphs;
            for (const auto& row : e.cells) {
                for (const Cell& c : row)
                    out << c.paragraphs;
            }
        }
    }
    return out;
}

} // namespace

class TestDeck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyItemExactlyOnce();
    void nothingBelowMinimumSize();
    void textFitsItsBox();
    void extremeTextStillFits();
    void textContrastIsAccessible();
    void crowdedPickChartKeepsNotesApart();
    void largeEventIdeasOnTheChart();
    void heldOutEventPack();
    void settingsOrderSectionsAndCaveat();
    void continuationSlidesAreBalanced();
    void contextOnEverySlideThatNeedsIt();
    void longColumnsSplitOverNumberedSlides();
    void orderFollowsThePack();
    void rightToLeftParagraphsFlagged();
    void cleanStripsXmlIllegalCharacters_data();
    void cleanStripsXmlIllegalCharacters();
    void heatMapLighterIsBetter();
    void pollTallies();
    void csvQuoting_data();
    void csvQuoting();
    void sectionsCanBeLeftOut();
    void caveatJoinsThePurposeWhenItFits();

private:
    void checkFits(const Deck& deck);
    void checkItems(const Deck& deck);
    void checkBalanced(const Deck& deck);

    QTemporaryDir m_dir;
    SessionData m_data;
    Deck m_deck;
};

void TestDeck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setApplicationVersion(QStringLiteral("test")); // the file records its maker
    Document doc;
    const SessionError e = doc.create(m_dir.filePath(QStringLiteral("s.roundtable")));
    QVERIFY2(!e, qPrintable(e.message + e.detail));
    QVERIFY(test::buildSample(*doc.store()));
    m_data = SessionData::load(*doc.store());
    doc.close();
    m_deck = DeckBuilder(m_data).build();
    QVERIFY(m_deck.slides.size() > 10);
    // RT_DECK_DUMP=DIR: the preview pictures, for a look.
    const QString dump = qEnvironmentVariable("RT_DECK_DUMP");
    for (int i = 0; !dump.isEmpty() && i < m_deck.slides.size(); ++i)
        SlidePainter::image(m_deck.slides[i], 960)
            .save(QStringLiteral("%1/slide-%2.png").arg(dump).arg(i + 1, 2, 10, QLatin1Char('0')));
}

void TestDeck::checkItems(const Deck& deck)
{
    QList<QString> joined(deck.items.size());
    QList<int> starts(deck.items.size(), 0);
    for (const Paragraph& p : allParagraphs(deck)) {
        if (p.itemId < 0)
            continue;
        QVERIFY(p.itemId < deck.items.size());
        joined[p.itemId] += p.text;
        if (!p.continued)
            starts[p.itemId]++;
    }
    for (int i = 0; i < deck.items.size(); ++i) {
        QCOMPARE(joined[i], deck.items[i].text);
        QCOMPARE(starts[i], 1);
    }
}

void TestDeck::everyItemExactlyOnce()
{
    QVERIFY(!m_deck.items.isEmpty());
    checkItems(m_deck);
    int notes = 0, ideas = 0, actions = 0;
    for (int i = 0; i < m_deck.items.size(); ++i) {
        notes += m_deck.items[i].kind == QLatin1String("note");
        ideas += m_deck.items[i].kind == QLatin1String("idea");
        actions += m_deck.items[i].kind == QLatin1String("action");
    }
    // 3 tables × 3 prompts × 4 notes + 9 hostile; 2 places × 2 aims × 8 ideas; 2 × 5 actions × 6 fields.
    QCOMPARE(notes, 3 * 3 * 4 + int(test::hostileTexts().size()));
    QCOMPARE(ideas, 2 * 2 * 8);
    QCOMPARE(actions, 2 * 5 * 6);
}

void TestDeck::nothingBelowMinimumSize()
{
    for (const Slide& s : m_deck.slides) {
        for (const Element& e : s.elements) {
            if (e.type == Element::Line || e.type == Element::Image)
                continue;
            if (e.paragraphs.isEmpty() && e.cells.isEmpty() && e.type != Element::Chart)
                continue;
            QVERIFY2(e.sizePt >= MinTextPt, qPrintable(s.title + QStringLiteral(": ") + e.name));
        }
    }
}

void TestDeck::textFitsItsBox()
{
    checkFits(m_deck);
}

void TestDeck::checkFits(const Deck& deck)
{
    for (const Slide& s : deck.slides) {
        for (const Element& e : s.elements) {
            QVERIFY2(e.rect.normalized().right() <= SlideWidth + 0.5
                         && e.rect.normalized().bottom() <= SlideHeight + 0.5,
                     qPrintable(s.title + QStringLiteral(": ") + e.name));
            if ((e.type == Element::Text || e.type == Element::Shape) && e.rotation == 0
                && !e.paragraphs.isEmpty()) {
                const double h
                    = text::height(e.paragraphs, text::wrapWidth(e.rect.width(), e.inset), e.sizePt);
                QVERIFY2(h <= e.rect.height() - e.inset + 1,
                         qPrintable(s.title + QStringLiteral(": ") + e.name));
            }
            if (e.type != Element::Table)
                continue;
            QVERIFY2(e.rect.bottom() <= theme::ContentBottom + 1, qPrintable(s.title));
            for (int r = 0; r < e.cells.size(); ++r) {
                for (int c = 0; c < e.cells[r].size(); ++c) {
                    QList<Paragraph> ps = e.cells[r][c].paragraphs;
                    for (Paragraph& p : ps)
                        p.bold = p.bold || e.cells[r][c].bold;
                    const double h = text::height(ps, text::wrapWidth(e.columnWidths[c], e.inset), e.sizePt);
                    QVERIFY2(h <= e.rowHeights[r] - 2 * e.inset + 1, qPrintable(s.title));
                }
            }
        }
    }
}

void TestDeck::extremeTextStillFits()
{
    // Long words, long titles, a huge action cell and a long aim: split, stepped down, never
    // overflowing, never below 12 pt, every item still there once.
    SessionData d = m_data;
    d.tables[1].topic
        = QString(40, QLatin1Char('T')) + QStringLiteral(" ") + QStringLiteral("long topic ").repeated(20);
    d.places[0].aims[0].statement = QStringLiteral("do a great many things ").repeated(30);
    d.places[0].actions[0].action = QStringLiteral("step ").repeated(2000);
    d.places[0].actions[1].measure = QString(3000, QLatin1Char('m'));
    d.places[0].aims[0].ideas[0].text = QStringLiteral("idea words ").repeated(200);
    d.polls[2].votes << QJsonObject {{QStringLiteral("text"), QStringLiteral("answer ").repeated(3000)}};
    const Deck deck = DeckBuilder(d).build();
    const QString dump = qEnvironmentVariable("RT_DECK_DUMP");
    for (int i = 0; !dump.isEmpty() && i < deck.slides.size(); ++i) {
        SlidePainter::image(deck.slides[i], 960)
            .save(QStringLiteral("%1/extreme-%2.png").arg(dump).arg(i + 1, 2, 10, QLatin1Char('0')));
    }
    checkFits(deck);
    checkItems(deck);
    for (const Slide& s : deck.slides) {
        for (const Element& e : s.elements) {
            if (!e.paragraphs.isEmpty() || !e.cells.isEmpty())
                QVERIFY(e.sizePt >= MinTextPt);
        }
    }
    int actionSlides = 0;
    for (const Slide& s : deck.slides)
        actionSlides += s.title.startsWith(QLatin1String("Bedford Borough: action plan")) ? 1 : 0;
    QVERIFY(actionSlides >= 3);
}

void TestDeck::crowdedPickChartKeepsNotesApart()
{
    // Everyone put their note in the same spot of one quadrant: the notes are nudged apart, each
    // in words, and the quadrant goes on over balanced slides of the same chart.
    SessionData d = m_data;
    auto& ideas = d.places[1].aims[0].ideas;
    ideas.clear();
    for (int i = 0; i < 40; ++i)
        ideas.append({QStringLiteral("Crowded idea number %1 with a few words").arg(i), 0.8, 0.2, false});
    DeckBuilder b(d);
    b.setSections({QStringLiteral("places")});
    const Deck deck = b.build();
    checkItems(deck);
    checkFits(deck);
    QList<int> perSlide;
    QStringList titles;
    for (const Slide& s : deck.slides) {
        if (!s.title.startsWith(QLatin1String("Central Bedfordshire: PICK chart, aim 1")))
            continue;
        titles << s.title;
        if (!qEnvironmentVariableIsEmpty("RT_DECK_DUMP"))
            SlidePainter::image(s, 960).save(qEnvironmentVariable("RT_DECK_DUMP")
                                             + QStringLiteral("/crowded-%1.png").arg(titles.size()));
        QRectF implement;
        for (const Element& e : s.elements) {
            if (e.type == Element::Shape && e.name == QLatin1String("IMPLEMENT"))
                implement = e.rect;
        }
        QList<QRectF> notes;
        for (const Element& e : s.elements) {
            if (e.name != QLatin1String("Idea"))
                continue;
            notes << e.rect;
            QVERIFY(e.sizePt >= MinTextPt);
            QVERIFY(e.paragraphs.first().text.startsWith(QLatin1String("Crowded idea number")));
            QVERIFY(implement.contains(e.rect)); // in the group's quadrant
        }
        perSlide << int(notes.size());
        for (int i = 0; i < notes.size(); ++i) {
            for (int j = i + 1; j < notes.size(); ++j)
                QVERIFY2(!notes[i].intersects(notes[j]),
                         qPrintable(QStringLiteral("notes %1 and %2 overlap").arg(i).arg(j)));
        }
    }
    QVERIFY(titles.size() >= 2);
    int total = 0;
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(
            titles[i],
            QStringLiteral("Central Bedfordshire: PICK chart, aim 1 %1/%2").arg(i + 1).arg(titles.size()));
        total += perSlide[i];
    }
    QCOMPARE(total, 40);
    // Balanced: no continuation slide holds less than half of the fullest one.
    const int most = *std::max_element(perSlide.begin(), perSlide.end());
    for (int n : std::as_const(perSlide))
        QVERIFY2(2 * n >= most, qPrintable(QStringLiteral("%1 of %2").arg(n).arg(most)));
}

void TestDeck::largeEventIdeasOnTheChart()
{
    // Shaped like a real event's pack: 312 notes, 144 ideas (some given only by their quadrant,
    // some a sentence or two long), 40 actions.
    Document doc;
    QVERIFY(!doc.create(m_dir.filePath(QStringLiteral("large.roundtable"))));
    test::SampleSize size;
    size.tables = 8;
    size.notesPerPrompt = 13;
    size.places = 4;
    size.aimsPerPlace = 3;
    size.ideasPerAim = 12;
    size.actionsPerPlace = 10;
    size.quadrantOnlyEvery = 2;
    size.ideaExtraWords = 24;
    QVERIFY(test::buildSample(*doc.store(), size));
    const SessionData data = SessionData::load(*doc.store());
    doc.close();
    const Deck deck = DeckBuilder(data).build();
    checkItems(deck);
    checkFits(deck);
    // An idea is on the chart when its text is on a sticky note, whole or continued.
    QSet<int> onChart, ideas;
    for (int i = 0; i < deck.items.size(); ++i) {
        if (deck.items[i].kind == QLatin1String("idea"))
            ideas << i;
    }
    for (const Slide& s : deck.slides) {
        QRectF implement;
        for (const Element& e : s.elements) {
            if (e.type == Element::Shape && e.name == QLatin1String("IMPLEMENT"))
                implement = e.rect;
        }
        QList<QRectF> notes;
        for (const Element& e : s.elements) {
            if (e.name != QLatin1String("Idea"))
                continue;
            notes << e.rect;
            for (const Paragraph& p : e.paragraphs) {
                if (p.itemId >= 0)
                    onChart << p.itemId;
            }
        }
        for (int i = 0; i < notes.size(); ++i) {
            for (int j = i + 1; j < notes.size(); ++j)
                QVERIFY2(!notes[i].intersects(notes[j]), qPrintable(s.title));
        }
    }
    const double share = 100.0 * double(onChart.size()) / double(ideas.size());
    qInfo().noquote() << QStringLiteral("large event: %1 slides, %2 of %3 ideas (%4%) in words on a chart")
                             .arg(deck.slides.size())
                             .arg(onChart.size())
                             .arg(ideas.size())
                             .arg(share, 0, 'f', 1);
    const QString dump = qEnvironmentVariable("RT_DECK_DUMP");
    QFile titles(dump + QStringLiteral("/large-titles.txt"));
    if (!dump.isEmpty() && titles.open(QIODevice::WriteOnly)) {
        for (int i = 0; i < deck.slides.size(); ++i) {
            SlidePainter::image(deck.slides[i], 960)
                .save(QStringLiteral("%1/large-%2.png").arg(dump).arg(i + 1, 2, 10, QLatin1Char('0')));
            titles.write(QStringLiteral("%1 %2\n").arg(i + 1).arg(deck.slides[i].title).toUtf8());
        }
    }
    QVERIFY2(share >= 95.0, qPrintable(QString::number(share)));
    checkBalanced(deck);
}

void TestDeck::heldOutEventPack()
{
    // The size of the held-out event of issue 17: 312 notes on 8 tables, 4 places, 149 ideas
    // (half given only by quadrant, 2 to 14 words each), 42 actions, 5 polls filed by role, one
    // driver diagram.
    // The hand-made pack has about 42 slides for it; ours must stay within 40-55, balanced.
    Document doc;
    QVERIFY(!doc.create(m_dir.filePath(QStringLiteral("heldout.roundtable"))));
    test::SampleSize size;
    size.tables = 8;
    size.notesPerPrompt = 13;
    size.places = 4;
    size.aimsPerPlace = 3;
    size.ideasPerAim = 12;
    size.extraIdeas = 5;
    size.actionsPerPlace = 10;
    size.extraActions = 2;
    size.quadrantOnlyEvery = 2;
    size.ideaExtraWords = 8; // 2 to 14 words, as the reference pack's PICK ideas run
    size.hostile = false;
    size.pollRoles = true;
    size.driverAims = 1; // the hand-made pack has one driver diagram
    QVERIFY(test::buildSample(*doc.store(), size));
    QCOMPARE(doc.store()->count(Kind::Note), 312);
    QCOMPARE(doc.store()->count(Kind::Idea), 149);
    QCOMPARE(doc.store()->count(Kind::Action), 42);
    QCOMPARE(doc.store()->count(Kind::Poll), 5);
    const SessionData data = SessionData::load(*doc.store());
    doc.close();
    const Deck deck = DeckBuilder(data).build();
    checkItems(deck);
    checkFits(deck);
    int ideas = 0, onChart = 0;
    QSet<int> seen;
    for (const auto& item : deck.items)
        ideas += item.kind == QLatin1String("idea");
    for (const Slide& s : deck.slides) {
        for (const Element& e : s.elements) {
            for (const Paragraph& p : e.paragraphs) {
                if (e.name == QLatin1String("Idea") && p.itemId >= 0 && !seen.contains(p.itemId)) {
                    seen << p.itemId;
                    ++onChart;
                }
            }
        }
    }
    QStringList sections;
    for (const Slide& s : deck.slides) {
        if (sections.isEmpty() || sections.last() != s.section)
            sections << s.section;
    }
    qInfo().noquote() << QStringLiteral("held-out-style event: %1 slides, %2 of %3 ideas in words on a chart")
                             .arg(deck.slides.size())
                             .arg(onChart)
                             .arg(ideas);
    const QString dump = qEnvironmentVariable("RT_DECK_DUMP");
    QFile titles(dump + QStringLiteral("/heldout-titles.txt"));
    if (!dump.isEmpty() && titles.open(QIODevice::WriteOnly)) {
        for (int i = 0; i < deck.slides.size(); ++i) {
            SlidePainter::image(deck.slides[i], 960)
                .save(QStringLiteral("%1/heldout-%2.png").arg(dump).arg(i + 1, 2, 10, QLatin1Char('0')));
            titles.write(QStringLiteral("%1 %2\n").arg(i + 1).arg(deck.slides[i].title).toUtf8());
        }
        QString error;
        QVERIFY2(PdfWriter::write(deck, dump + QStringLiteral("/heldout.pdf"), ExportControl(), &error),
                 qPrintable(error));
    }
    // 66 slides before issue 17's second round; the hand-made pack has about 42. Each table's
    // notes take two slides at 12 pt, the longest action plan three; the verbatim caveat sits at
    // the foot of the purpose slide, as in the hand-made pack.
    QVERIFY2(deck.slides.size() >= 40 && deck.slides.size() <= 55,
             qPrintable(QString::number(deck.slides.size())));
    QCOMPARE(deck.slides[1].title, QStringLiteral("Purpose"));
    QVERIFY(std::any_of(deck.slides[1].elements.cbegin(), deck.slides[1].elements.cend(),
                        [](const Element& e) { return e.name == QLatin1String("Caveat"); }));
    QVERIFY2(100 * onChart >= 95 * ideas, qPrintable(QStringLiteral("%1 of %2").arg(onChart).arg(ideas)));
    checkBalanced(deck);
    // The hand-made order; the places' priorities polls in their sections, titled as such.
    QCOMPARE(sections,
             (QStringList {QStringLiteral("intro"), QStringLiteral("datapack"), QStringLiteral("tables"),
                           QStringLiteral("places"), QStringLiteral("polls"), QStringLiteral("nextsteps"),
                           QStringLiteral("feedback")}));
    int priorities = 0, feedback = 0;
    for (const Slide& s : deck.slides) {
        if (s.section == QLatin1String("places") && s.title.contains(QLatin1String("'s priorities: ")))
            ++priorities;
        if (s.section == QLatin1String("feedback") && s.kind != Slide::Section)
            ++feedback;
    }
    QCOMPARE(priorities, 2);
    QCOMPARE(feedback, 2);
}

void TestDeck::settingsOrderSectionsAndCaveat()
{
    // The export page's settings as the session keeps them: read back the same, unknown sections
    // dropped and missing ones put back in their place; the pack follows the order and the caveat.
    PackSettings s = PackSettings::defaults();
    QCOMPARE(s.toJson(), QString());
    s.order.move(s.order.indexOf(QStringLiteral("feedback")), 0);
    s.omitted = {QStringLiteral("tables")};
    s.caveat = QStringLiteral("Draft ideas: check them with the place.");
    QCOMPARE(PackSettings::fromJson(s.toJson()), s);
    const PackSettings partial = PackSettings::fromJson(
        QStringLiteral(R"({"order":["tables","bogus","intro"],"omit":["polls","nope"]})"));
    QCOMPARE(partial.order,
             (QStringList {QStringLiteral("tables"), QStringLiteral("places"), QStringLiteral("polls"),
                           QStringLiteral("nextsteps"), QStringLiteral("feedback"), QStringLiteral("intro"),
                           QStringLiteral("datapack")}));
    QCOMPARE(partial.omitted, QSet<QString> {QStringLiteral("polls")});
    QCOMPARE(PackSettings::fromJson(QStringLiteral("not json")), PackSettings::defaults());

    SessionData d = m_data;
    d.settings = s;
    const Deck deck = DeckBuilder(d).build();
    checkItems(deck);
    QCOMPARE(deck.slides.first().section, QStringLiteral("feedback"));
    bool caveat = false;
    for (const Slide& slide : deck.slides) {
        QVERIFY(slide.section != QLatin1String("tables"));
        for (const Element& e : slide.elements) {
            for (const Paragraph& p : e.paragraphs)
                caveat = caveat || p.text.contains(s.caveat);
        }
    }
    QVERIFY(caveat);
}

void TestDeck::checkBalanced(const Deck& deck)
{
    // Slides "T k/N" of one run: none holds under a fifth of the fullest one's text.
    static const QRegularExpression numbered(QStringLiteral("^(.*) (\\d+)/(\\d+)$"));
    QHash<QString, QList<int>> runs;
    for (const Slide& s : deck.slides) {
        const auto m = numbered.match(s.title);
        if (!m.hasMatch())
            continue;
        int chars = 0;
        for (const Element& e : s.elements) {
            for (const Paragraph& p : e.paragraphs)
                chars += p.itemId >= 0 ? int(p.text.size()) : 0;
            for (const auto& row : e.cells) {
                for (const Cell& c : row) {
                    for (const Paragraph& p : c.paragraphs)
                        chars += p.itemId >= 0 ? int(p.text.size()) : 0;
                }
            }
        }
        runs[m.captured(1)] << chars;
    }
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        const int most = *std::max_element(it.value().begin(), it.value().end());
        for (int chars : it.value())
            QVERIFY2(
                5 * chars >= most,
                qPrintable(QStringLiteral("%1: %2 of %3 characters").arg(it.key()).arg(chars).arg(most)));
    }
}

void TestDeck::continuationSlidesAreBalanced()
{
    checkBalanced(m_deck);
    // Two more notes than a slide holds: split about evenly, not a slide and a straggler.
    SessionData d = m_data;
    for (int i = 0; i < 40; ++i)
        d.tables[2].notes[0].append(
            {QStringLiteral("One more thing the table said, number %1").arg(i), false});
    const Deck deck = DeckBuilder(d).build();
    checkItems(deck);
    checkBalanced(deck);
}

void TestDeck::contextOnEverySlideThatNeedsIt()
{
    SessionData d = m_data;
    d.places[1].aims[1].ideas.clear(); // an aim without ideas: no empty chart, a line on the aims slide
    for (int r = 0; r < 40; ++r) // a data pack over two slides
        d.indicators.append({QStringLiteral("Long domain"),
                             QStringLiteral("Extra indicator %1").arg(r),
                             {QStringLiteral("1%")},
                             true,
                             {}});
    const Deck deck = DeckBuilder(d).build();
    checkItems(deck);
    checkFits(deck);
    int dataSlides = 0;
    bool noIdeasNoted = false, facilitator = false;
    for (const Slide& s : deck.slides) {
        QStringList texts;
        for (const Element& e : s.elements) {
            for (const Paragraph& p : e.paragraphs)
                texts << p.text;
        }
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(!s.title.startsWith(QLatin1String("Central Bedfordshire: PICK chart, aim 2")),
                 "empty chart");
        // The aims are on the place's divider when they fit there, else on a slide of their own.
        if (s.title == QLatin1String("Central Bedfordshire: aims")
            || s.title == QLatin1String("Central Bedfordshire"))
            noIdeasNoted
                = noIdeasNoted || all.contains(QLatin1String("No ideas were recorded for this aim."));
        if (s.kind == Slide::Content
            && (s.title.contains(QLatin1String(": PICK chart"))
                || s.title.contains(QLatin1String(": action plan"))))
            QVERIFY2(all.contains(DeckBuilder::caveat()), qPrintable(s.title));
        facilitator = facilitator || all.contains(QLatin1String("Facilitator: Facilitator 2"));
        if (s.section == QLatin1String("datapack") && s.kind == Slide::Content) {
            ++dataSlides;
            for (const Element& e : s.elements) {
                if (e.type == Element::Table) // the Domain label on the first row of every slide
                    QVERIFY(!e.cells[1][0].paragraphs.isEmpty()
                            && !e.cells[1][0].paragraphs.first().text.isEmpty());
            }
        }
    }
    QVERIFY(noIdeasNoted);
    QVERIFY(facilitator);
    QVERIFY(dataSlides >= 2);
}

void TestDeck::textContrastIsAccessible()
{
    for (const Slide& s : m_deck.slides) {
        for (int i = 0; i < s.elements.size(); ++i) {
            const Element& e = s.elements[i];
            if (e.type == Element::Table) {
                for (const auto& row : e.cells) {
                    for (const Cell& c : row) {
                        const QColor bg = c.fill.isValid() ? c.fill : QColor(Qt::white);
                        QVERIFY2(theme::contrast(c.color, bg) >= 4.5, qPrintable(s.title));
                    }
                }
                continue;
            }
            if (e.paragraphs.isEmpty() || (e.type != Element::Text && e.type != Element::Shape))
                continue;
            // What the text sits on: its own fill, else the last filled shape under its centre.
            QColor bg = e.fill;
            for (int j = i - 1; j >= 0 && !bg.isValid(); --j) {
                const Element& under = s.elements[j];
                if (under.type == Element::Shape && under.fill.isValid()
                    && under.rect.contains(e.rect.center()))
                    bg = under.fill;
            }
            if (!bg.isValid())
                bg = Qt::white;
            QVERIFY2(theme::contrast(e.color, bg) >= 4.5,
                     qPrintable(
                         QStringLiteral("%1: %2 %3 on %4").arg(s.title, e.name, e.color.name(), bg.name())));
        }
    }
}

void TestDeck::longColumnsSplitOverNumberedSlides()
{
    // Table 1 holds the 10,000-character note: its column continues over several slides.
    QStringList titles;
    for (const Slide& s : m_deck.slides) {
        if (s.title.startsWith(QLatin1String("1: Neurodiversity")))
            titles << s.title;
    }
    QVERIFY(titles.size() >= 3);
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(titles[i], QStringLiteral("1: Neurodiversity %1/%2").arg(i + 1).arg(titles.size()));
    int pieces = 0;
    for (const Paragraph& p : allParagraphs(m_deck))
        pieces += p.text.contains(QLatin1String("xxxxxxxxxx")) ? 1 : 0;
    QVERIFY(pieces >= 3);
}

void TestDeck::orderFollowsThePack()
{
    QStringList sections;
    for (const Slide& s : m_deck.slides) {
        if (sections.isEmpty() || sections.last() != s.section)
            sections << s.section;
    }
    QCOMPARE(sections,
             (QStringList {QStringLiteral("intro"), QStringLiteral("datapack"), QStringLiteral("tables"),
                           QStringLiteral("places"), QStringLiteral("polls"), QStringLiteral("feedback")}));
    QCOMPARE(m_deck.slides.first().kind, Slide::Title);
    QCOMPARE(m_deck.slides.first().title, QStringLiteral("Health and Work Seminar"));
    // Footer and slide number on every slide.
    for (int i = 0; i < m_deck.slides.size(); ++i) {
        const Element& last = m_deck.slides[i].elements.last();
        QCOMPARE(last.paragraphs.first().text, QString::number(i + 1));
        QCOMPARE(m_deck.slides[i].footer, QStringLiteral("Health and Work Seminar"));
    }
}

void TestDeck::rightToLeftParagraphsFlagged()
{
    bool urdu = false, arabic = false;
    for (const Paragraph& p : allParagraphs(m_deck)) {
        if (p.text.startsWith(QStringLiteral("اردو"))) {
            QVERIFY(p.rtl);
            QCOMPARE(p.lang, QStringLiteral("ur-PK"));
            urdu = true;
        }
        if (p.text == QStringLiteral("مرحبا بالعالم")) {
            QVERIFY(p.rtl);
            QCOMPARE(p.lang, QStringLiteral("ar-SA"));
            arabic = true;
        }
        if (p.text.startsWith(QLatin1String("Emoji")))
            QVERIFY(!p.rtl);
    }
    QVERIFY(urdu && arabic);
}

void TestDeck::cleanStripsXmlIllegalCharacters_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::newRow("controls") << QString::fromUtf8("a\x01\x02\x0b\x0c\x1f b\tc") << QStringLiteral("a b\tc");
    QTest::newRow("crlf") << QStringLiteral("one\r\ntwo\rthree") << QStringLiteral("one\ntwo\nthree");
    QTest::newRow("nonchars") << (QStringLiteral("x") + QChar(0xFFFE) + QChar(0xFFFF) + QStringLiteral("y"))
                              << QStringLiteral("xy");
    QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"))
                                    << QStringLiteral("ab");
    QTest::newRow("emoji kept") << QStringLiteral("😀👍🏽") << QStringLiteral("😀👍🏽");
    QTest::newRow("xml specials kept") << QStringLiteral("<a> & \"b\"") << QStringLiteral("<a> & \"b\"");
}

void TestDeck::cleanStripsXmlIllegalCharacters()
{
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QCOMPARE(text::clean(raw), clean);
}

void TestDeck::heatMapLighterIsBetter()
{
    const Slide* heat = nullptr;
    for (const Slide& s : m_deck.slides) {
        if (s.section == QLatin1String("datapack") && s.kind == Slide::Content && !heat)
            heat = &s;
    }
    QVERIFY(heat);
    const Element* table = nullptr;
    for (const Element& e : heat->elements) {
        if (e.type == Element::Table)
            table = &e;
    }
    QVERIFY(table);
    // Row 1 (higher is better) and row 2 (lower is better) of the sample.
    for (int r = 1; r <= 2 && r < table->cells.size(); ++r) {
        const auto& row = table->cells[r];
        const bool higherIsBetter = m_data.indicators[r - 1].higherIsBetter;
        double bestV = 0, worstV = 0, bestL = -1, worstL = 2;
        for (int c = 2; c < row.size(); ++c) {
            const double v = row[c].paragraphs.first().text.chopped(1).toDouble();
            const double l = theme::luminance(row[c].fill);
            QVERIFY(theme::contrast(row[c].fill, row[c].color) >= 4.5);
            if (l > bestL)
                bestL = l, bestV = v;
            if (l < worstL)
                worstL = l, worstV = v;
        }
        QVERIFY(higherIsBetter ? bestV > worstV : bestV < worstV);
    }
}

void TestDeck::pollTallies()
{
    SessionData::Poll p;
    p.kind = QStringLiteral("ranking");
    p.options = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    p.votes << QJsonObject {{QStringLiteral("ranking"), QJsonArray {2, 0, 1}}}
            << QJsonObject {{QStringLiteral("ranking"), QJsonArray {0, 2, 1}}};
    QCOMPARE(pollChart(p, QStringLiteral("en")).values, (QList<double> {3, 0, 3}));
    p.kind = QStringLiteral("multi");
    p.votes = {QJsonObject {{QStringLiteral("choices"), QJsonArray {0, 1}}},
               QJsonObject {{QStringLiteral("choices"), QJsonArray {1, 7}}}};
    // A ballot that does not fit (option 7 of 3) is not counted, as on the Polls page.
    QCOMPARE(pollChart(p, QStringLiteral("en")).values, (QList<double> {1, 1, 0}));
    QVERIFY(pollChart(p, QStringLiteral("en")).caption.contains(QLatin1String("not counted")));
    p.kind = QStringLiteral("scale");
    p.options.clear();
    p.votes = {QJsonObject {{QStringLiteral("scale"), 2}}, QJsonObject {{QStringLiteral("scale"), 5}}};
    const ChartData c = pollChart(p, QStringLiteral("en"));
    QCOMPARE(c.values, (QList<double> {0, 1, 0, 0, 1}));
    QVERIFY(c.caption.contains(QLatin1String("3.5")));
}

void TestDeck::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
}

void TestDeck::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::field(value), field);
}

void TestDeck::sectionsCanBeLeftOut()
{
    DeckBuilder b(m_data);
    b.setSections({QStringLiteral("datapack")});
    const Deck d = b.build();
    QVERIFY(!d.slides.isEmpty());
    for (const Slide& s : d.slides)
        QCOMPARE(s.section, QStringLiteral("datapack"));
}

void TestDeck::caveatJoinsThePurposeWhenItFits()
{
    const auto caveatOn = [](const Deck& d) {
        QStringList where;
        for (const Slide& s : d.slides) {
            for (const Element& e : s.elements) {
                for (const Paragraph& p : e.paragraphs) {
                    if (p.text.contains(QLatin1String("verbatim reproduction of every idea")))
                        where << s.title;
                }
            }
        }
        return where;
    };
    SessionData data = m_data;
    data.purpose = {QStringLiteral("Agree next steps.")};
    QCOMPARE(caveatOn(DeckBuilder(data).build()), QStringList {QStringLiteral("Purpose")});
    // A purpose that fills its slide leaves the caveat a slide of its own, said once.
    data.purpose.clear();
    for (int i = 0; i < 14; ++i)
        data.purpose
            << QStringLiteral("A purpose long enough to need its own line on the slide, number %1.").arg(i);
    const Deck long_ = DeckBuilder(data).build();
    QCOMPARE(caveatOn(long_), QStringList {QStringLiteral("A verbatim reproduction")});
}

QTEST_MAIN(TestDeck)
#include "test_deck.moc"
