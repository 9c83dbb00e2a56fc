"""E-mail through the shop's SMTP server (TLS from the start, STARTTLS or plain; login)."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

from jewelpos.notify.base import Outgoing, SendResult


@dataclass(frozen=True)
class SmtpGateway:
    host: str
    port: int = 587
    security: str = "starttls"
    """starttls | tls | none"""
    user: str = ""
    password: str = ""
    sender: str = ""
    timeout_s: float = 20.0
    ssl_context: ssl.SSLContext | None = None

    @property
    def idempotent(self) -> bool:
        return False  # SMTP servers do not drop a second copy of a Message-ID

    def _connect(self) -> smtplib.SMTP:
        context = self.ssl_context or ssl.create_default_context()
        if self.security == "tls":
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout_s, context=context)
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        if self.security == "starttls":
            smtp.starttls(context=context)
        return smtp

    def send(self, message: Outgoing) -> SendResult:
        mail = EmailMessage()
        mail["From"] = self.sender or self.user
        mail["To"] = message.recipient
        mail["Subject"] = message.subject
        mail["Date"] = formatdate(localtime=False)
        mail["Message-ID"] = f"<{message.reference}@jewelpos>"
        mail.set_content(message.text)
        try:
            smtp = self._connect()
        except (OSError, smtplib.SMTPException) as exc:  # nothing sent yet
            return SendResult("retry", detail=f"mail server not reachable: {exc}")
        try:
            if self.user:
                smtp.login(self.user, self.password)
            refused = smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as exc:
            return SendResult("failed", detail=f"mail server refused the address: {exc}")
        except smtplib.SMTPAuthenticationError as exc:
            return SendResult("retry", detail=f"mail server refused the login: {exc}")
        except smtplib.SMTPResponseException as exc:
            if 500 <= exc.smtp_code < 600:
                return SendResult("failed", detail=f"mail server said {exc.smtp_code}: {exc}")
            return SendResult("retry", detail=f"mail server said {exc.smtp_code}: {exc}")
        except smtplib.SMTPServerDisconnected as exc:
            return SendResult("unknown", detail=f"mail server hung up while sending: {exc}")
        except (OSError, smtplib.SMTPException) as exc:
            return SendResult("unknown", detail=f"mail server stopped answering: {exc}")
        finally:
            try:
                smtp.quit()
            except (OSError, smtplib.SMTPException):
                smtp.close()
        if refused:
            return SendResult("failed", detail=f"mail server refused {', '.join(refused)}")
        return SendResult("sent", provider_ref=message.reference)
