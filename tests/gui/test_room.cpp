// SPDX-License-Identifier: GPL-3.0-or-later
// The live room in the window: the organiser hosts (Room ▸ Host a Room…), a table laptop joins
// (Room ▸ Join a Room…), its notes appear on the host's pages without a refresh, both say how
// they are doing, and a laptop whose host goes away keeps its edits and sends them on return.
#include "TestSupport.h"
#include "TestWindow.h"

#include "domain/Stamp.h"
#include "models/RoomPeerModel.h"
#include "models/TableListModel.h"
#include "room/RoomClient.h"
#include "room/RoomServer.h"
#include "session/Document.h"
#include "shell/JoinRoomDialog.h"
#include "shell/RoomController.h"
#include "shell/RoomDialog.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/RoomRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace rt;

namespace {
const Device Organiser {QStringLiteral("device-organiser"), QStringLiteral("Organiser")};
const Device Table3 {QStringLiteral("device-table-3"), QStringLiteral("Table 3 laptop")};

void grab(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("RT_GRAB_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

QString statusOf(MainWindow& window)
{
    auto* label = window.findChild<QLabel*>(QStringLiteral("roomStatus"));
    return label && label->isVisible() ? label->text() : QString();
}
} // namespace

class TestRoomWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_prepared;
    QTranslator m_english; ///< what an English user sees: "1 laptop", not "1 laptop(s)"

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/roundtable_en.qm")));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY(m_dir.isValid());
        m_prepared = m_dir.filePath(QStringLiteral("prepared.roundtable"));
        QCOMPARE(test::runCli({QStringLiteral("new"), QStringLiteral("--template"),
                               QStringLiteral("sample-session"), m_prepared}),
                 0);
    }

    void aTableLaptopsNotesAppearOnTheHostAsTheyAreTyped()
    {
        const QString hostPath = m_dir.filePath(QStringLiteral("host.roundtable"));
        const QString laptopPath = m_dir.filePath(QStringLiteral("t3.roundtable"));
        QVERIFY(QFile::copy(m_prepared, hostPath) && QFile::copy(m_prepared, laptopPath));
        QFile::setPermissions(hostPath, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(laptopPath, QFile::ReadOwner | QFile::WriteOwner);

        Device::setCurrent(Organiser);
        test::TestWindow host(nullptr, false);
        host.resize(1366, 768);
        QVERIFY(host.openFile(hostPath));
        host.show();
        auto* hostRoom = host.findChild<RoomController*>();
        QVERIFY(hostRoom);
        RoomDialog setup(hostRoom, host.document(), &host);
        setup.show();
        grab(&setup, QStringLiteral("room-setup.png"));
        QString error;
        QVERIFY2(hostRoom->host(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const QString url = hostRoom->server()->url().toString();
        QCOMPARE(statusOf(host), QStringLiteral("Hosting a room · 0 laptops"));
        TableListModel hostTables(host.document());
        const int before = hostTables.index(2, 0).data(TableListModel::NoteCountRole).toInt();

        Device::setCurrent(Table3);
        test::TestWindow laptop(nullptr, false);
        laptop.resize(1366, 768);
        QVERIFY(laptop.openFile(laptopPath));
        laptop.show();
        auto* laptopRoom = laptop.findChild<RoomController*>();
        JoinRoomDialog join(laptopRoom, laptop.document(), &laptop);
        // The room is announced on the network: picking it fills in the address.
        auto* found = join.findChild<QComboBox*>(QStringLiteral("foundRooms"));
        const QString announced = QStringLiteral("127.0.0.1:%1 ").arg(hostRoom->server()->port());
        QTRY_VERIFY_WITH_TIMEOUT(found->findData(announced) > 0, 6000);
        QVERIFY(found->itemText(found->findData(announced)).contains(QStringLiteral("Health")));
        // Typed as read out: the host's address and the join code, in lower case.
        join.roomEdit()->setText(QStringLiteral("127.0.0.1:%1 %2")
                                     .arg(hostRoom->server()->port())
                                     .arg(hostRoom->server()->joinCode().toLower()));
        const qint64 table3 = laptop.document()->store()->ids(Kind::Table).at(2);
        join.capturesBox()->setCurrentIndex(
            join.capturesBox()->findData(QStringLiteral("table:%1").arg(table3)));
        grab(&join, QStringLiteral("room-join.png"));
        join.accept();
        QVERIFY2(laptopRoom->client(),
                 qPrintable(join.findChild<QLabel*>(QStringLiteral("joinProblem"))->text()));
        QCOMPARE(laptopRoom->client()->url().toString(), url);

        Store* mine = laptop.document()->store();
        const qint64 prompt = mine->ids(Kind::Prompt).first();
        for (int i = 0; i < 3; ++i)
            QVERIFY(mine->insert(Kind::Note,
                                 {{col::TableId, table3},
                                  {QStringLiteral("prompt_id"), prompt},
                                  {col::Text, QStringLiteral("Said at table 3, %1").arg(i)}}));
        // The host's Tables page counts them without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(hostTables.index(2, 0).data(TableListModel::NoteCountRole).toInt(),
                                  before + 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(laptop).startsWith(QStringLiteral("In room · synced")), 5000);
        QTRY_COMPARE(statusOf(host), QStringLiteral("Hosting a room · 1 laptop"));
        // The host's room page lists the laptop and what it captures.
        RoomDialog room(hostRoom, host.document(), &host);
        room.resize(760, 560);
        room.show();
        QTRY_COMPARE(room.peers()->rowCount(), 1);
        QCOMPARE(room.peers()->index(0, RoomPeerModel::LaptopColumn).data().toString(), Table3.name);
        QVERIFY(room.peers()
                    ->index(0, RoomPeerModel::CapturesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Table 3")));
        grab(&room, QStringLiteral("room-host.png"));
        grab(&laptop, QStringLiteral("room-laptop.png"));

        // The organiser's edits reach the laptop.
        const qint64 poll = host.document()->store()->ids(Kind::Poll).first();
        QVERIFY(host.document()->store()->update(Kind::Poll, poll, col::Question,
                                                 QStringLiteral("Which first, now?")));
        QTRY_COMPARE_WITH_TIMEOUT(mine->row(Kind::Poll, poll).str(col::Question),
                                  QStringLiteral("Which first, now?"), 5000);

        // The host goes away: edits wait in the laptop's file and say so; they go when it is back.
        hostRoom->leave();
        QVERIFY(mine->insert(Kind::Note,
                             {{col::TableId, table3},
                              {QStringLiteral("prompt_id"), prompt},
                              {col::Text, QStringLiteral("While offline")}}));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(laptop), QStringLiteral("Offline · 1 edit waiting"), 8000);
        grab(&laptop, QStringLiteral("room-offline.png"));
        QVERIFY2(hostRoom->host(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        QCOMPARE(hostRoom->server()->url().toString(),
                 url); // the same key and port: the laptop finds it again
        QTRY_COMPARE_WITH_TIMEOUT(hostTables.index(2, 0).data(TableListModel::NoteCountRole).toInt(),
                                  before + 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(RoomRepository(*mine).outboxCount(), 0, 5000);
    }

    void aLaptopWithoutACopyReceivesTheSession()
    {
        const QString hostPath = m_dir.filePath(QStringLiteral("host2.roundtable"));
        QVERIFY(QFile::copy(m_prepared, hostPath));
        QFile::setPermissions(hostPath, QFile::ReadOwner | QFile::WriteOwner);
        Device::setCurrent(Organiser);
        test::TestWindow host(nullptr, false);
        QVERIFY(host.openFile(hostPath));
        auto* hostRoom = host.findChild<RoomController*>();
        QString error;
        QVERIFY2(hostRoom->host(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));

        Device::setCurrent(Table3);
        test::TestWindow laptop(nullptr, false); // nothing open
        auto* laptopRoom = laptop.findChild<RoomController*>();
        JoinRoomDialog join(laptopRoom, laptop.document(), &laptop);
        const QString received = m_dir.filePath(QStringLiteral("received.roundtable"));
        join.setReceivePath(received);
        join.roomEdit()->setText(hostRoom->server()->url().toString());
        join.accept();
        QTRY_VERIFY(laptop.document() && laptop.document()->isOpen());
        QCOMPARE(QDir::cleanPath(laptop.document()->path()), QDir::cleanPath(received));
        Store* mine = laptop.document()->store();
        QCOMPARE(IdentityRepository(*mine).origin(), IdentityRepository(*host.document()->store()).origin());
        QCOMPARE(mine->count(Kind::Note), host.document()->store()->count(Kind::Note));
        // It is in the room at once: what it types reaches the host.
        QTRY_VERIFY(laptopRoom->client());
        const qint64 table = mine->ids(Kind::Table).first();
        QVERIFY(mine->insert(Kind::Note,
                             {{col::TableId, table},
                              {QStringLiteral("prompt_id"), mine->ids(Kind::Prompt).first()},
                              {col::Text, QStringLiteral("From a laptop that had no copy")}}));
        QTRY_COMPARE_WITH_TIMEOUT(host.document()->store()->count(Kind::Note), mine->count(Kind::Note),
                                  10000);
    }
};

QTEST_MAIN(TestRoomWindow)
#include "test_room.moc"
