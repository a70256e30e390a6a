/*
 * The suggestion box on the public board: solves the server's proof-of-work challenge (SHA-256, in the manner of
 * ALTCHA) and sends the opinion, or reads a reply by its tracking code, through the public API. Served as a file so
 * that the pages run under a Content-Security-Policy without inline script; everything the server sends back is
 * written with textContent, never as HTML. SHA-256 is computed here rather than with crypto.subtle, which browsers
 * offer only on HTTPS pages and which would need one promise per try.
 */
(function () {
    'use strict';

    var K = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

    /** The SHA-256 of an ASCII string (a salt and a number), as lowercase hex. */
    function sha256(text) {
        var length = text.length;
        var words = new Array(((length + 8) >> 6) * 16 + 16).fill(0);
        for (var i = 0; i < length; i++) {
            words[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        }
        words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
        var blocks = ((length + 8) >> 6) + 1;
        words[blocks * 16 - 1] = length * 8;
        var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
        var w = new Array(64);
        for (var block = 0; block < blocks; block++) {
            for (var t = 0; t < 64; t++) {
                if (t < 16) {
                    w[t] = words[block * 16 + t] | 0;
                } else {
                    var a15 = w[t - 15], a2 = w[t - 2];
                    var s0 = ((a15 >>> 7) | (a15 << 25)) ^ ((a15 >>> 18) | (a15 << 14)) ^ (a15 >>> 3);
                    var s1 = ((a2 >>> 17) | (a2 << 15)) ^ ((a2 >>> 19) | (a2 << 13)) ^ (a2 >>> 10);
                    w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
                }
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
            for (var r = 0; r < 64; r++) {
                var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
                var ch = (e & f) ^ (~e & g);
                var temp1 = (k + S1 + ch + K[r] + w[r]) | 0;
                var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
                var maj = (a & b) ^ (a & c) ^ (b & c);
                var temp2 = (S0 + maj) | 0;
                k = g; g = f; f = e; e = (d + temp1) | 0; d = c; c = b; b = a; a = (temp1 + temp2) | 0;
            }
            h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
            h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
        }
        return h.map(function (x) {
            return ('00000000' + (x >>> 0).toString(16)).slice(-8);
        }).join('');
    }

    /** Finds the secret number in slices, so that the page stays responsive; resolves to the solution to send. */
    function solve(challenge) {
        return new Promise(function (resolve, reject) {
            var number = 0;
            function slice() {
                var until = Math.min(number + 5000, challenge.maxNumber + 1);
                for (; number < until; number++) {
                    if (sha256(challenge.salt + number) === challenge.challenge) {
                        resolve(challenge.salt + '.' + number + '.' + challenge.signature);
                        return;
                    }
                }
                if (number > challenge.maxNumber) {
                    reject(new Error('unsolved'));
                } else {
                    setTimeout(slice, 0);
                }
            }
            slice();
        });
    }

    function show(element, text) {
        if (element) {
            element.textContent = text || '';
            element.hidden = !text;
        }
    }

    function problemText(response, fallback) {
        return response.json().then(function (problem) {
            return problem && problem.detail ? problem.detail : fallback;
        }, function () {
            return fallback;
        });
    }

    function postJson(url, body) {
        return fetch(url, {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
                'Accept-Language': document.documentElement.lang || 'zh-CN'},
            body: JSON.stringify(body)
        });
    }

    /** The opinion form: solve on load, enable the button when solved, send, show the tracking code once. */
    function opinionForm(form) {
        var button = form.querySelector('button[type=submit]');
        var status = form.querySelector('.challenge-status');
        var error = form.querySelector('.form-error');
        var receipt = document.getElementById(form.dataset.receipt);
        var solution = null;
        button.disabled = true;
        show(status, form.dataset.solving);
        function fresh() {
            solution = null;
            button.disabled = true;
            return fetch(form.dataset.challenge, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.json();
                })
                .then(solve)
                .then(function (solved) {
                    solution = solved;
                    button.disabled = false;
                    show(status, form.dataset.ready);
                }, function () {
                    show(status, form.dataset.failed);
                });
        }
        fresh();
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            show(error, '');
            button.disabled = true;
            postJson(form.action, {
                target: form.elements.target.value,
                text: form.elements.text.value,
                name: form.elements.name.value,
                contact: form.elements.contact.value,
                challenge: solution
            }).then(function (response) {
                if (response.ok) {
                    return response.json().then(function (done) {
                        form.hidden = true;
                        receipt.querySelector('.tracking-code').textContent = done.trackingCode;
                        receipt.querySelector('.answer-due').textContent = done.answerDue;
                        receipt.hidden = false;
                    });
                }
                return problemText(response, form.dataset.failed).then(function (text) {
                    show(error, text);
                    fresh();
                });
            }, function () {
                show(error, form.dataset.failed);
                button.disabled = false;
            });
        });
    }

    /** The reply form: sends the code in the body (not the address, which logs keep) and shows what comes back. */
    function replyForm(form) {
        var error = form.querySelector('.form-error');
        var result = document.getElementById(form.dataset.result);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            show(error, '');
            result.hidden = true;
            postJson(form.action, {code: form.elements.code.value}).then(function (response) {
                if (!response.ok) {
                    return problemText(response, form.dataset.failed).then(function (text) {
                        show(error, text);
                    });
                }
                return response.json().then(function (reply) {
                    var states = JSON.parse(form.dataset.states);
                    result.querySelectorAll('[data-field]').forEach(function (field) {
                        var name = field.dataset.field;
                        var value = name === 'state' ? states[reply.state] : reply[name];
                        field.textContent = value || '';
                        var row = field.closest('.reply-row');
                        if (row) {
                            row.hidden = !value;
                        }
                    });
                    result.hidden = false;
                });
            }, function () {
                show(error, form.dataset.failed);
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form.opinion-form').forEach(opinionForm);
        document.querySelectorAll('form.reply-form').forEach(replyForm);
    });
}());
