// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Event Details…: the event's fields and its pack language, applied as one undoable edit;
// a date that is not a date is named and nothing changes.
#include "TestSupport.h"
#include "session/Document.h"
#include "shell/EventDialog.h"
#include "shell/MainWindow.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace rt;

namespace {
QString S(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestEventDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void editsAreOneUndoStep()
    {
        Document doc;
        QVERIFY(!doc.create(m_tmp.filePath(S("event.roundtable"))));
        Store* s = doc.store();
        const qint64 event = s->rows(Kind::Event).first().id;
        QCOMPARE(s->row(Kind::Event, event).str(S("language")), S("en"));

        EventDialog dialog(&doc);
        QVERIFY(EventDialog::languages().contains(S("pl")));
        dialog.titleEdit()->setText(S("Working well together"));
        dialog.purposeEdit()->setPlainText(S("Hear what works\n\n  Agree next steps  "));
        QPlainTextEdit* steps = nullptr; // the pack's Next steps, one a line
        for (auto* edit : dialog.findChildren<QPlainTextEdit*>()) {
            if (edit->placeholderText().contains(S("Next steps")))
                steps = edit;
        }
        QVERIFY(steps);
        steps->setPlainText(S("Places check the ideas\n\n Boards agree the plans "));
        QComboBox* language = dialog.languageBox();
        language->setCurrentIndex(language->findData(S("pl")));
        QVERIFY(language->currentText().contains(S("pl")));
        if (const QString dir = qEnvironmentVariable("RT_GRAB_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + S("/event-dialog.png"));

        const int before = doc.undoStack()->count();
        QVERIFY(dialog.apply());
        QCOMPARE(doc.undoStack()->count(), before + 1);
        const Row row = s->row(Kind::Event, event);
        QCOMPARE(row.str(S("title")), S("Working well together"));
        QCOMPARE(row.str(S("language")), S("pl"));
        QCOMPARE(row.str(S("purpose")), S("[\"Hear what works\",\"Agree next steps\"]"));
        QCOMPARE(row.str(S("next_steps")), S("Places check the ideas\nBoards agree the plans"));
        QVERIFY(!dialog.apply()); // nothing changed since

        doc.undoStack()->undo();
        QCOMPARE(s->row(Kind::Event, event).str(S("language")), S("en"));
        QCOMPARE(s->row(Kind::Event, event).str(S("title")), QString());
        QCOMPARE(s->row(Kind::Event, event).str(S("next_steps")), QString());
    }

    void badDateIsNamed()
    {
        Document doc;
        QVERIFY(!doc.create(m_tmp.filePath(S("date.roundtable"))));
        EventDialog dialog(&doc);
        dialog.dateEdit()->setText(S("next Tuesday"));
        QVERIFY(dialog.problem().contains(S("next Tuesday")));
        QVERIFY(!dialog.apply());
        QCOMPARE(doc.undoStack()->count(), 0);
        dialog.dateEdit()->setText(S("2023-07-21"));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.apply());
        QCOMPARE(doc.store()->rows(Kind::Event).first().str(S("date")), S("2023-07-21"));
    }

    void editMenuOffersIt()
    {
        Document doc;
        QVERIFY(!doc.create(m_tmp.filePath(S("menu.roundtable"))));
        MainWindow window(&doc, false);
        QAction* details = window.action(MainWindow::EventDetails);
        QVERIFY(details->isEnabled());
        QMenu* edit = window.menuBar()->actions().at(1)->menu();
        QVERIFY(edit->actions().contains(details));
    }
};

QTEST_MAIN(TestEventDialog)
#include "test_eventdialog.moc"
