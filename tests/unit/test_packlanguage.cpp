// SPDX-License-Identifier: GPL-3.0-or-later
// The event's language sets the summary pack's fixed labels (headings, column headers, quadrant
// names, axis words, the default disclaimer) whatever the app's language, without touching the
// app's translators, on any thread; a right-to-left language sets every paragraph right to left.
#include "slides/DeckBuilder.h"
#include "slides/PackLanguage.h"
#include "slides/Writers.h"

#include <QtTest>
#include <thread>

using namespace rt::slides;

namespace {

QString S(const char* text)
{
    return QString::fromUtf8(text);
}

SessionData sample(const QString& language)
{
    SessionData d;
    d.title = S("Working well together");
    d.language = language;
    d.prompts = {{S("matters"), S("What matters to us?")}};
    SessionData::Table t;
    t.number = 1;
    t.topic = S("Carers");
    t.notes = {{{S("Flexible hours help people stay in work"), true}}};
    d.tables << t;
    SessionData::Place p;
    p.name = S("Luton");
    SessionData::Aim aim;
    aim.statement = S("help carers back into work");
    aim.ideas << SessionData::Idea {S("A carers' drop-in at the job centre"), 0.8, 0.2, false};
    p.aims << aim;
    p.actions << SessionData::Action {S("Carers"),
                                      S("Drop-in"),
                                      S("Book a room"),
                                      S("Sam"),
                                      S("May"),
                                      S("Room booked"),
                                      S("not_started"),
                                      {},
                                      {},
                                      {}};
    d.places << p;
    return d;
}

/** Every paragraph of the deck, in order. */
QList<Paragraph> paragraphsOf(const Deck& deck)
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

QStringList textsOf(const Deck& deck)
{
    QStringList out;
    for (const Paragraph& p : paragraphsOf(deck))
        out << p.text;
    return out;
}

} // namespace

class TestPackLanguage : public QObject
{
    Q_OBJECT

    QString m_who;

private slots:
    void initTestCase()
    {
        m_who = PackLanguage(S("pl")).translate("DeckBuilder", "Who will do it?");
        QVERIFY2(m_who != S("Who will do it?"), "the Polish translation has no \"Who will do it?\"");
    }

    void markdownLabelsInTheEventsLanguage()
    {
        const QString md = MarkdownWriter::markdown(sample(S("pl")));
        QVERIFY2(md.contains(PackLanguage(S("pl")).translate("MarkdownWriter", "Who will do it?")),
                 qPrintable(md));
        QVERIFY(!md.contains(S("Who will do it?")));
        // The captured words are verbatim, never translated.
        QVERIFY(md.contains(S("Flexible hours help people stay in work")));
        const QString en = MarkdownWriter::markdown(sample(S("en")));
        QVERIFY(en.contains(S("Who will do it?")));
        QVERIFY(MarkdownWriter::markdown(sample(QString())).contains(S("Who will do it?")));
    }

    void deckLabelsInTheEventsLanguage()
    {
        const Deck deck = DeckBuilder(sample(S("pl"))).build();
        QCOMPARE(deck.language, S("pl"));
        const QStringList texts = textsOf(deck);
        QVERIFY2(texts.contains(m_who), qPrintable(texts.join(S(" | "))));
        QVERIFY(!texts.contains(S("Who will do it?")));
        const PackLanguage pl(S("pl"));
        QVERIFY(texts.contains(pl.translate("DeckBuilder", "POSSIBLE")));
        QVERIFY(texts.contains(pl.translate("DeckBuilder", "Potentially high impact")));
        // English stays English.
        QVERIFY(textsOf(DeckBuilder(sample(S("en"))).build()).contains(S("Who will do it?")));
        // No translator was installed: the app's own language is untouched.
        QCOMPARE(QCoreApplication::translate("DeckBuilder", "Who will do it?"), S("Who will do it?"));
        QCOMPARE(sectionLabel(S("tables")), S("Topic-based table discussions"));
    }

    void offTheGuiThread()
    {
        // Exports run on a worker thread: the language travels with the build, not the app.
        QStringList texts;
        std::thread worker([&] { texts = textsOf(DeckBuilder(sample(S("pl"))).build()); });
        worker.join();
        QVERIFY(texts.contains(m_who));
    }

    void pluralsAndFallback()
    {
        const PackLanguage pl(S("pl"));
        const QString five = pl.translate("DeckBuilder", "%n vote(s)", nullptr, 5);
        QVERIFY2(five.contains(S("5")), qPrintable(five));
        QVERIFY(!five.contains(S("%n")));
        // A language with no translation (or a hostile code from someone's file) is English.
        for (const char* code : {"xx", "../../etc/passwd", "", "en_GB"}) {
            const PackLanguage other {S(code)};
            QCOMPARE(other.translate("DeckBuilder", "Who will do it?"), S("Who will do it?"));
            QVERIFY(!other.isRightToLeft());
        }
    }

    void rightToLeftPack()
    {
        const PackLanguage ur(S("ur"));
        QVERIFY(ur.isRightToLeft());
        const Deck deck = DeckBuilder(sample(S("ur"))).build();
        const QList<Paragraph> ps = paragraphsOf(deck);
        int rtl = 0;
        for (const Paragraph& p : ps) {
            bool english = false; // the first strong character is left to right
            for (const QChar c : std::as_const(p.text)) {
                if (c.direction() == QChar::DirL || c.direction() == QChar::DirR
                    || c.direction() == QChar::DirAL) {
                    english = c.direction() == QChar::DirL;
                    break;
                }
            }
            // Labels (Urdu, or numbers) read right to left, tagged Urdu; an English note keeps its
            // own direction so its punctuation stays at its end.
            QVERIFY2(p.rtl == !english, qPrintable(p.text));
            if (p.rtl) {
                QVERIFY2(p.lang.startsWith(S("ur")), qPrintable(p.text + S(" / ") + p.lang));
                ++rtl;
            }
        }
        const QString possible = ur.translate("DeckBuilder", "POSSIBLE");
        QVERIFY2(possible != S("POSSIBLE"), "the Urdu translation has no \"POSSIBLE\"");
        QVERIFY(textsOf(deck).contains(possible));
        QVERIFY(rtl > 10);
        // A left-to-right pack keeps left-to-right paragraphs.
        for (const Paragraph& p : paragraphsOf(DeckBuilder(sample(S("pl"))).build()))
            QVERIFY(!p.rtl);
    }
};

QTEST_MAIN(TestPackLanguage)
#include "test_packlanguage.moc"
