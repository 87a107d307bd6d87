// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/RoomDialog.h"

#include "models/RoomPeerModel.h"
#include "polls/QrCode.h"
#include "room/RoomClient.h"
#include "room/RoomProtocol.h"
#include "room/RoomServer.h"
#include "session/Document.h"
#include "shell/RoomController.h"
#include "vote/RoomNetwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rt {

RoomDialog::RoomDialog(RoomController* controller, Document* document, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_peers(new RoomPeerModel(document && document->isOpen() ? document->store() : nullptr, this))
{
    setWindowTitle(tr("Room"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // Before hosting: where to listen.
    auto* setup = new QWidget(m_stack);
    auto* form = new QFormLayout(setup);
    auto* intro
        = new QLabel(tr("Table laptops on the same network join this laptop's room and stream their notes "
                        "here as they are typed. Nothing goes to the internet. Listen only on the "
                        "network the table laptops use:"),
                     setup);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_address = new QComboBox(setup);
    m_address->setObjectName(QStringLiteral("roomAddress"));
    // The same choice as phone voting: room networks first, VPN, container and VM ones last.
    const QList<vote::RoomAddress> addresses = vote::RoomNetwork::addresses();
    const vote::RoomAddress preferred = vote::RoomNetwork::chooseDefault(addresses, nullptr);
    for (const vote::RoomAddress& a : addresses) {
        m_address->addItem(tr("%1 (%2)").arg(a.address.toString(), a.label), a.address.toString());
        if (a.address == preferred.address)
            m_address->setCurrentIndex(m_address->count() - 1);
    }
    form->addRow(tr("&Network:"), m_address);
    auto* chosen = new QLabel(
        tr("Suggested: %1.").arg(tr("%1 (%2)").arg(preferred.address.toString(), preferred.label)), setup);
    chosen->setWordWrap(true);
    form->addRow(QString(), chosen);
    m_port = new QSpinBox(setup);
    m_port->setObjectName(QStringLiteral("roomPort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(room::DefaultPort);
    form->addRow(tr("&Port:"), m_port);
    m_problem = new QLabel(setup);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("roomProblem"));
    form->addRow(m_problem);
    auto* openButton = new QPushButton(tr("&Open the Room"), setup);
    openButton->setObjectName(QStringLiteral("openRoom"));
    openButton->setDefault(true);
    // A read-only window never hosts: the room writes what the laptops send into the file.
    openButton->setEnabled(document && document->isOpen() && !document->isReadOnly());
    connect(openButton, &QPushButton::clicked, this, &RoomDialog::open);
    form->addRow(QString(), openButton);
    m_stack->addWidget(setup);

    // While hosting: how to join, and who is in.
    auto* hosting = new QWidget(m_stack);
    auto* grid = new QGridLayout(hosting);
    m_url = new QLabel(hosting);
    m_url->setObjectName(QStringLiteral("roomUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_url->setWordWrap(true);
    m_code = new QLabel(hosting);
    m_code->setObjectName(QStringLiteral("roomCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_code->setFont(big);
    m_qr = new QLabel(hosting);
    m_qr->setAccessibleName(tr("QR code of the room's address"));
    auto* how
        = new QLabel(tr("On each table laptop: Room ▸ Join a Room…, then scan, paste the address or type "
                        "this laptop's address and the join code."),
                     hosting);
    how->setWordWrap(true);
    grid->addWidget(how, 0, 0);
    grid->addWidget(m_url, 1, 0);
    grid->addWidget(m_code, 2, 0);
    grid->addWidget(m_qr, 0, 1, 3, 1, Qt::AlignRight | Qt::AlignTop);
    m_table = new QTableView(hosting);
    m_table->setObjectName(QStringLiteral("roomLaptops"));
    m_table->setModel(m_peers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Laptops in the room"));
    grid->addWidget(m_table, 3, 0, 1, 2);
    auto* close = new QPushButton(tr("&Close the Room"), hosting);
    close->setObjectName(QStringLiteral("closeRoom"));
    connect(close, &QPushButton::clicked, this, [this] {
        m_controller->leave();
        refresh();
    });
    grid->addWidget(close, 4, 0, Qt::AlignLeft);
    m_stack->addWidget(hosting);

    // On a table laptop.
    m_memberStatus = new QLabel(m_stack);
    m_memberStatus->setWordWrap(true);
    m_memberStatus->setObjectName(QStringLiteral("memberStatus"));
    m_memberStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stack->addWidget(m_memberStatus);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_controller->server())
        connect(m_controller->server(), &room::RoomServer::peersChanged, m_peers, &RoomPeerModel::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RoomDialog::refresh);
    m_tick.start();
    refresh();
    resize(760, 560);
}

void RoomDialog::open()
{
    QString error;
    if (!m_controller->host(m_address->currentData().toString(), m_port->value(), &error)) {
        m_problem->setText(tr("The room could not open: %1").arg(error));
        return;
    }
    connect(m_controller->server(), &room::RoomServer::peersChanged, m_peers, &RoomPeerModel::refresh);
    refresh();
}

void RoomDialog::refresh()
{
    if (room::RoomServer* server = m_controller->server()) {
        const QString url = server->url().toString(QUrl::FullyEncoded);
        m_url->setText(tr("Room open at %1").arg(url));
        m_code->setText(tr("%1 · code %2").arg(server->address().toString(), server->joinCode()));
        if (m_qr->pixmap().isNull())
            m_qr->setPixmap(QPixmap::fromImage(polls::qrCodeImage(url, 4)));
        m_peers->refresh();
        m_stack->setCurrentIndex(1);
    } else if (room::RoomClient* client = m_controller->client()) {
        m_memberStatus->setText(tr("This laptop is in the room at %1.\n\n%2")
                                    .arg(client->url().toString(QUrl::FullyEncoded), client->statusText()));
        m_stack->setCurrentIndex(2);
    } else {
        m_stack->setCurrentIndex(0);
    }
}

} // namespace rt
