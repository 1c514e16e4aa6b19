import { describe, expect, it } from "vitest";
import {
  decodeCharset,
  decodeEncodedWords,
  decodeMessage,
  decodeQuotedPrintable,
  parseParameters,
} from "./mime-decode.js";

const crlf = (lines: string[]) => lines.join("\r\n");

describe("decodeEncodedWords", () => {
  it("decodes B and Q words in any case, with _ as a space in Q", () => {
    expect(decodeEncodedWords("=?UTF-8?B?Q2Fmw6kg4piV?=")).toBe("Café ☕");
    expect(decodeEncodedWords("=?utf-8?q?Caf=C3=A9_=E2=98=95?=")).toBe("Café ☕");
    expect(decodeEncodedWords("=?ISO-8859-1?Q?Gr=FC=DFe?=")).toBe("Grüße");
  });

  it("drops blanks between encoded-words but keeps them next to plain text", () => {
    expect(decodeEncodedWords("=?UTF-8?Q?Caf=C3=A9?= \t =?UTF-8?Q?_time?=")).toBe("Café time");
    expect(decodeEncodedWords("Re: =?UTF-8?Q?Zo=C3=AB?= and you")).toBe("Re: Zoë and you");
    expect(decodeEncodedWords("=?UTF-8?Q?a?= b =?UTF-8?Q?c?=")).toBe("a b c");
  });

  it("joins a character split across two words", () => {
    // "😊" is F0 9F 98 8A; split after two bytes.
    expect(decodeEncodedWords("=?UTF-8?Q?=F0=9F?= =?UTF-8?Q?=98=8A?=")).toBe("😊");
    expect(decodeEncodedWords("=?UTF-8?B?8J8=?= =?UTF-8?B?mIo=?=")).toBe("😊");
  });

  it("decodes neighbouring words in different charsets separately", () => {
    expect(decodeEncodedWords("=?ISO-8859-1?Q?=E9?= =?UTF-8?Q?=C3=A9?=")).toBe("éé");
  });

  it("ignores an RFC 2231 language and leaves malformed words alone", () => {
    expect(decodeEncodedWords("=?UTF-8*en?Q?hi?=")).toBe("hi");
    expect(decodeEncodedWords("=?UTF-8?X?hi?= plain")).toBe("=?UTF-8?X?hi?= plain");
    expect(decodeEncodedWords("no words here")).toBe("no words here");
  });
});

describe("decodeQuotedPrintable", () => {
  it("decodes =XX, soft line breaks and drops transport padding", () => {
    const decoded = decodeQuotedPrintable("Gr=C3=BC=C3=9Fe, =\r\nWelt=3D   \r\nnext=20\nlast=");
    expect(decoded.toString("utf8")).toBe("Grüße, Welt=\r\nnext \nlast");
  });

  it("keeps a lone = that is not an escape", () => {
    expect(decodeQuotedPrintable("a=G1 b").toString("latin1")).toBe("a=G1 b");
  });
});

describe("parseParameters and decodeCharset", () => {
  it("reads quoted and bare parameters", () => {
    const { value, params } = parseParameters('Text/Plain; Charset="UTF-8"; format=flowed; name="a \\"b\\""');
    expect(value).toBe("text/plain");
    expect(Object.fromEntries(params)).toEqual({ charset: "UTF-8", format: "flowed", name: 'a "b"' });
  });

  it("falls back to latin1 for unknown charsets", () => {
    expect(decodeCharset(Buffer.from([0xe9]), "x-unknown")).toBe("é");
    expect(decodeCharset(Buffer.from("é", "utf8"), "us-ascii")).toBe("é");
  });
});

describe("decodeMessage", () => {
  it("decodes a folded Q subject and a quoted-printable body", () => {
    const message = decodeMessage(
      crlf([
        "From: =?UTF-8?Q?Zo=C3=AB?= <zoe@example.com>",
        "Subject: =?UTF-8?Q?Caf=C3=A9_=E2=98=95_=E2=80=94_20_minutes?=",
        " =?UTF-8?Q?=2C_Zo=C3=AB=3F?=",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Gr=C3=BC=C3=9Fe, =C5=81ukasz =F0=9F=98=8A",
        "a long line that was =",
        "wrapped",
        "",
      ]),
    );
    expect(message.subject).toBe("Café ☕ — 20 minutes, Zoë?");
    expect(message.headers.get("from")).toEqual(["Zoë <zoe@example.com>"]);
    expect(message.text).toBe("Grüße, Łukasz 😊\na long line that was wrapped");
  });

  it("decodes a B subject, a base64 body, and repeated headers", () => {
    const body = Buffer.from("Grüße, Łukasz 😊\r\nline two", "utf8").toString("base64");
    const message = decodeMessage(
      crlf([
        "Received: one",
        "Received: two",
        "Subject: =?UTF-8?B?Q2Fmw6kg4piVIOKAlCAyMCBtaW51dGVzLCBab8OrPw==?=",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: BASE64",
        "",
        body.slice(0, 20),
        body.slice(20),
        "",
      ]),
    );
    expect(message.subject).toBe("Café ☕ — 20 minutes, Zoë?");
    expect(message.headers.get("received")).toEqual(["one", "two"]);
    expect(message.text).toBe("Grüße, Łukasz 😊\nline two");
  });

  it("reads an 8bit body from raw bytes, and a latin1 one by its charset", () => {
    const utf8 = Buffer.from(
      crlf(["Subject: hi", "Content-Transfer-Encoding: 8bit", "", "Grüße 😊", ""]),
      "utf8",
    );
    expect(decodeMessage(utf8).text).toBe("Grüße 😊");
    const latin1 = Buffer.from(
      crlf([
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Transfer-Encoding: 8bit",
        "",
        "Grüße",
        "",
      ]),
      "latin1",
    );
    expect(decodeMessage(latin1).text).toBe("Grüße");
  });

  it("treats a message without MIME headers as 7bit text, and LF-only messages alike", () => {
    const message = decodeMessage("Subject: plain\nTo: a@example.com\n\nline one\nline two\n");
    expect(message.subject).toBe("plain");
    expect(message.text).toBe("line one\nline two");
    expect(decodeMessage("Subject: no body").text).toBe("");
  });

  it("takes the text/plain part of a multipart/alternative, inside a multipart/mixed", () => {
    const message = decodeMessage(
      crlf([
        "Subject: parts",
        'Content-Type: multipart/mixed; boundary="outer"',
        "",
        "This is the preamble.",
        "--outer",
        "Content-Type: multipart/alternative; boundary=inner",
        "",
        "--inner",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>Hallo</p>",
        "--inner",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Gr=C3=BC=C3=9Fe",
        "",
        "--inner--",
        "--outer",
        "Content-Type: text/plain",
        "Content-Disposition: attachment; filename=notes.txt",
        "",
        "not this",
        "--outer--",
        "epilogue",
      ]),
    );
    expect(message.text).toBe("Grüße\n");
  });

  it("skips a text/plain attachment and returns an empty text when there is no text part", () => {
    const message = decodeMessage(
      crlf([
        "Content-Type: multipart/mixed; boundary=b",
        "",
        "--b",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Disposition: attachment",
        "",
        "attached",
        "--b",
        "Content-Type: text/html",
        "",
        "<p>x</p>",
        "--b--",
      ]),
    );
    expect(message.text).toBe("");
  });
});
