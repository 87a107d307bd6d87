// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rt {
class Document;
namespace vote {
class VoteServer;
}
} // namespace rt

namespace rt::polls {

class QrWidget;

/**
 * Phone voting for the selected poll: choose the interface (only that address is listened on)
 * and port, start the server, show its URL and QR code. Closing the poll stops the server.
 */
class PhonePanel : public QWidget
{
    Q_OBJECT
public:
    explicit PhonePanel(Document* document, QWidget* parent = nullptr);
    ~PhonePanel() override;

    void setPoll(qint64 pollId);
    /** Chooses the interface with @p address and the port (0: any free one); false if not offered. */
    bool choose(const QHostAddress& address, quint16 port);
    bool isServing() const;
    /** Starts serving the current poll on the chosen interface (opens the poll if needed). */
    bool start(QString* error);
    void stop();
    vote::VoteServer* server() const { return m_server.get(); }
    /** The QR code of the voting address, as drawn (whole at any size the page gives it). */
    QWidget* qrWidget() const;

signals:
    /** The server started or stopped (e.g. because its poll closed). */
    void servingChanged();

private:
    void fillInterfaces();
    void updateView();

    QPointer<Document> m_document;
    qint64 m_poll = 0;
    std::unique_ptr<vote::VoteServer> m_server;
    QFormLayout* m_form;
    QComboBox* m_interface;
    QSpinBox* m_port;
    QPushButton* m_toggle;
    QLabel* m_status;
    QLabel* m_url;
    QrWidget* m_qr;
};

} // namespace rt::polls
