// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, the look: Urdu drawn in a face in which its letters join, and one PICK quadrant
// colour scheme shared by the window and the summary pack.
#include "domain/Quadrant.h"
#include "places/PickChartScene.h"
#include "places/PickNoteItem.h"
#include "shell/Fonts.h"
#include "shell/SessionSidebar.h"
#include "slides/Theme.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRawFont>
#include <QStandardItemModel>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtTest>
#include <algorithm>

using namespace rt;

namespace {
/** The glyphs @p text is shaped into in the application font, and the families drawing them. */
QList<quint32> shape(const QString& text, QStringList* families = nullptr)
{
    QTextLayout layout(text, QApplication::font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun& run : runs) {
        glyphs += run.glyphIndexes();
        if (families)
            families->append(run.rawFont().familyName());
    }
    return glyphs;
}

/** The height of a line of English in the application font, as a wrapped label lays it out. */
qreal englishLineHeight()
{
    QLabel label(QStringLiteral("Health and Employment Seminar (sample day) with more words"));
    label.setWordWrap(true);
    QLabel rich(QStringLiteral("<b>Health and Employment</b> Seminar (<i>sample day</i>) with more words"));
    rich.setWordWrap(true);
    return label.heightForWidth(120) + rich.heightForWidth(120);
}
} // namespace

class TestLook : public QObject
{
    Q_OBJECT
    qreal m_englishLine = 0; ///< before the script fonts are installed

private slots:
    void initTestCase();
    void urduLettersJoin_data();
    void urduLettersJoin();
    void quadrantColoursAreShared();
    void navigationFramedOnlyWhenFocused();
};

/** The darkest pixel down the list's left edge, where a frame round it would be drawn. */
static int darkestEdge(const QImage& image, int x)
{
    int darkest = 255;
    for (int y = image.height() / 2; y < image.height() - 2; ++y)
        darkest = std::min(darkest, qGray(image.pixel(x, y)));
    return darkest;
}

void TestLook::navigationFramedOnlyWhenFocused()
{
    QStandardItemModel pages;
    for (const char* name : {"Agenda", "Tables", "Places"})
        pages.appendRow(new QStandardItem(QString::fromLatin1(name)));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(other);
    SessionSidebar sidebar(&pages, &window);
    layout->addWidget(&sidebar);
    window.resize(260, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QListView* list = sidebar.navigation();
    list->setCurrentIndex(pages.index(0, 0));
    other->setFocus();
    QTRY_VERIFY(!list->hasFocus());
    // Unfocused: no dark frame round the list (the testers' "permanent black frame").
    const int window_ = qGray(list->palette().color(QPalette::Window).rgb());
    const QImage idle = list->grab().toImage();
    QVERIFY2(darkestEdge(idle, 0) > window_ - 40, "a frame is drawn round the navigation list");
    // Focused: the keyboard's place shows, a frame on the current page's row.
    list->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(list->hasFocus());
    const QImage focused = list->grab().toImage();
    QVERIFY(focused != idle);
    QVERIFY(darkestEdge(focused, 0) > window_ - 40); // still none round the whole list
}

void TestLook::initTestCase()
{
    m_englishLine = englishLineHeight();
    if (QFontDatabase::families(QFontDatabase::Arabic).contains(QStringLiteral("Noto Naskh Arabic")))
        gui::installScriptFonts();
}

void TestLook::urduLettersJoin_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("ہے") << QStringLiteral("\u06C1\u06D2");
    QTest::newRow("کہ") << QStringLiteral("\u06A9\u06C1");
}

void TestLook::urduLettersJoin()
{
    QFETCH(QString, word);
    if (!QFontDatabase::families(QFontDatabase::Arabic).contains(QStringLiteral("Noto Naskh Arabic")))
        QSKIP("fonts-noto-core (Noto Naskh Arabic) is not installed");
    QStringList families;
    const QList<quint32> joined = shape(word, &families);
    // Drawn in one of our Naskh/Nastaliq faces, never fontconfig's Kufi fallback.
    QVERIFY2(!families.isEmpty(), "no glyphs");
    for (const QString& f : families)
        QVERIFY2(gui::arabicScriptFamilies().contains(f), qPrintable(f + QStringLiteral(" draws Urdu")));
    // Shaped together, the letters take their joining forms: not the glyphs they have alone.
    QList<quint32> isolated;
    for (QChar c : word)
        isolated += shape(QString(c));
    QVERIFY2(!joined.contains(0), "a letter has no glyph");
    QVERIFY2(joined != isolated, "the letters are drawn in their isolated forms: they do not join");
    // English beside it keeps its own face.
    QStringList latin;
    shape(QStringLiteral("Roundtable"), &latin);
    for (const QString& f : latin)
        QVERIFY2(!gui::arabicScriptFamilies().contains(f), qPrintable(f + QStringLiteral(" draws English")));
    // ... and, on an English desktop, its own line height: a wrapped label is not spaced for
    // Naskh's tall letters (on an Urdu desktop the window's lines are Urdu's).
    if (!qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("ur")))
        QCOMPARE(englishLineHeight(), m_englishLine);
}

void TestLook::quadrantColoursAreShared()
{
    // The window's PICK chart and the pack's PICK slide fill each quadrant alike.
    const QList<QPair<Quadrant, QColor>> pack = {{Quadrant::Possible, slides::theme::possible()},
                                                 {Quadrant::Implement, slides::theme::implement()},
                                                 {Quadrant::Challenge, slides::theme::challenge()},
                                                 {Quadrant::Kibosh, slides::theme::kibosh()}};
    QSet<QRgb> fills;
    for (const auto& [q, colour] : pack) {
        QCOMPARE(PickChartScene::quadrantBackground(q), colour);
        QCOMPARE(PickNoteItem::quadrantColor(q), quadrantAccent(q));
        fills.insert(colour.rgb());
    }
    QCOMPARE(fills.size(), 4);
    // Possible is blue and Challenge amber, as the window always showed them.
    QVERIFY(slides::theme::possible().blue() > slides::theme::possible().red());
    QVERIFY(slides::theme::challenge().red() > slides::theme::challenge().blue());
}

int main(int argc, char** argv)
{
    // As an Urdu desktop runs the app: fontconfig then prefers a Kufi face for Arabic script.
    // gui/test_look_en runs it as an English desktop would (RT_LOOK_DESKTOP=en).
    if (qgetenv("RT_LOOK_DESKTOP") != "en") {
        qputenv("LANG", "ur_PK.UTF-8");
        qputenv("LANGUAGE", "ur");
        qputenv("LC_ALL", "ur_PK.UTF-8");
    } else {
        qputenv("LANG", "en_GB.UTF-8");
        qputenv("LANGUAGE", "en");
    }
    QApplication app(argc, argv);
    TestLook test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_look.moc"
