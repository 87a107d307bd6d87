// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/PhonePanel.h"
#include "shell/ReadOnly.h"

#include "commands/PollEdits.h"
#include "polls/PollData.h"
#include "polls/QrCode.h"
#include "session/Document.h"
#include "store/Store.h"
#include "vote/RoomNetwork.h"
#include "vote/VoteServer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::polls {

PhonePanel::PhonePanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_interface(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_toggle(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_url(new QLabel(this))
    , m_qr(new QrWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_form = form;
    m_interface->setToolTip(tr("Phones must be on this network. Only this address is listened on."));
    // Long interface names must not widen the page: the list shows them whole when open.
    m_interface->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_interface->setMinimumContentsLength(14);
    m_port->setRange(0, 65535);
    m_port->setValue(8765);
    m_port->setSpecialValueText(tr("any free port"));
    readonly::marksEdit(m_toggle); // votes are written to the file
    form->addRow(tr("&Network:"), m_interface);
    form->addRow(tr("&Port:"), m_port);
    layout->addLayout(form);
    layout->addWidget(m_toggle);
    m_status->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setTextFormat(Qt::PlainText);
    m_url->setWordWrap(true);
    m_qr->setAccessibleName(tr("QR code of the voting address"));
    layout->addWidget(m_status);
    layout->addWidget(m_url);
    layout->addWidget(m_qr, 1);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (isServing()) {
            stop();
        } else {
            QString error;
            if (!start(&error))
                m_status->setText(error);
        }
    });
    // The server writes to the document's store: it must not outlive it.
    connect(document, &Document::aboutToClose, this, [this] {
        std::unique_ptr<vote::VoteServer> old = std::move(m_server);
        old.reset();
        updateView();
        emit servingChanged();
    });
    fillInterfaces();
    updateView();
}

PhonePanel::~PhonePanel()
{
    // Stopping emits signals: this panel must not hear them while it is being destroyed.
    if (m_server)
        m_server->disconnect(this);
}

void PhonePanel::fillInterfaces()
{
    m_interface->clear();
    // Room networks first, then VPN, container and virtual-machine ones (phones are not on
    // those), loopback last; the first room network is chosen, and the tooltip says why.
    const QList<vote::RoomAddress> addresses = vote::RoomNetwork::addresses();
    for (const vote::RoomAddress& a : addresses) {
        const QString ip = a.address.toString();
        if (a.loopback)
            m_interface->addItem(tr("%1 — this computer only (for trying it out)").arg(ip), ip);
        else if (a.virtualOrVpn)
            m_interface->addItem(tr("%1 — %2 (VPN, container or virtual machine)").arg(ip, a.label), ip);
        else
            m_interface->addItem(QStringLiteral("%1 — %2").arg(ip, a.label), ip);
    }
    QString why;
    const vote::RoomAddress chosen = vote::RoomNetwork::chooseDefault(addresses, &why);
    m_interface->setCurrentIndex(qMax(0, m_interface->findData(chosen.address.toString())));
    m_interface->setToolTip(tr("Phones must be on this network. Only this address is listened on.")
                            + QLatin1Char('\n') + why);
}

QWidget* PhonePanel::qrWidget() const
{
    return m_qr;
}

void PhonePanel::setPoll(qint64 pollId)
{
    m_poll = pollId;
    updateView();
}

bool PhonePanel::choose(const QHostAddress& address, quint16 port)
{
    const int index = m_interface->findData(address.toString());
    if (index < 0)
        return false;
    m_interface->setCurrentIndex(index);
    m_port->setValue(port);
    return true;
}

bool PhonePanel::isServing() const
{
    return m_server && m_server->isTakingVotes();
}

bool PhonePanel::start(QString* error)
{
    if (!m_document || !m_document->store() || m_poll <= 0)
        return false;
    edit::openVoting(*m_document, m_poll); // nothing to do when it is open already
    m_server = std::make_unique<vote::VoteServer>(m_document->store(), m_poll);
    connect(m_server.get(), &vote::VoteServer::stopped, this, [this] {
        updateView();
        emit servingChanged();
    });
    connect(m_server.get(), &vote::VoteServer::votesCommitted, this, &PhonePanel::updateView);
    // Closed, the server stays up to tell phones so (the link stays the same if it opens again).
    connect(m_server.get(), &vote::VoteServer::pollStateChanged, this, [this] {
        updateView();
        emit servingChanged();
    });
    const QHostAddress address(m_interface->currentData().toString());
    if (!m_server->start(address, quint16(m_port->value()), error)) {
        m_server.reset();
        updateView();
        return false;
    }
    updateView();
    emit servingChanged();
    return true;
}

void PhonePanel::stop()
{
    if (m_server)
        m_server->stop();
    updateView();
}

void PhonePanel::updateView()
{
    const bool serving = isServing();
    m_interface->setEnabled(!serving);
    m_port->setEnabled(!serving);
    // While phones vote, the code gets the room (the address says the network and port).
    m_form->setRowVisible(m_interface, !serving);
    m_form->setRowVisible(m_port, !serving);
    m_toggle->setEnabled(serving || m_poll > 0);
    m_toggle->setText(serving ? tr("Stop phone voting") : tr("Start phone voting"));
    if (serving) {
        const QString url = m_server->url().toString(QUrl::FullyEncoded);
        const QString poll = m_server->pollId() == m_poll ? QString() : tr(" (another poll)");
        m_status->setText(tr("Phones can vote%1: scan the code or type the address. %n vote(s) received.",
                             nullptr, int(m_server->acknowledged()))
                              .arg(poll));
        m_url->setText(url);
        m_qr->setText(url); // whole pixels per module, as large as the page allows
    } else if (m_server && m_server->isRunning()) {
        m_status->setText(tr("Voting is closed. Phones that open the link are told so; it stays the same "
                             "if voting opens again."));
        m_url->clear();
        m_qr->setText({});
    } else {
        m_status->setText(
            tr("Phones on the same network vote in their browser; nothing leaves the room. If the "
               "network keeps devices apart, use the kiosk or count hands instead."));
        m_url->clear();
        m_qr->setText({});
    }
    // An empty selectable label is still a stop for a screen reader: shown only with an address.
    m_url->setVisible(!m_url->text().isEmpty());
}

} // namespace rt::polls
