# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck bench eval clean model

# The learned text model is built from the developer corpora, not committed (README, "The
# text model"). It learns from half of each corpus folder (a hash of the path decides) and
# from the even red-team rounds of bench/modern listed here; the odd rounds and the rounds
# written after it last learned are held out.
CORPORA := ../shared/corpora
MODEL   := src/mailwarden/data/text_model.json
MODEL_TRAIN_ROUNDS := 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 32 34 36 38 40 42 44 46 48 50 52 54 56 58 60 62 64 66 68 70 72 74 76 78 80 82 84 86 88
MODEL_TEST_ROUNDS  := 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 31 33 35 37 39 41 43 45 47 49 51 53 55 57 59 61 63 65 67 69 71 73 75 77 79 81 83 85 87 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143 144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159 160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191 192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 218 219 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 257 258 259 260 261 262 263 264 265 266 267 268 269 270 271 272 273 274 275 276 277 278 279 280 281 282 283 284 285 286 287 288 289 290 291 292 293 294 295 296 297 298 299 300 301 302 303 304 305 306 307 308 309 310 311 312 313 314 315 317 318 319 320 321 322 323 324 325 326 327 328 329 330 331 332 333 334 335 336 337 338 339 340 341 342 343 344 345 346 347 348 349 350 351 352 353 354 355 356 357 358 359 360 361 362 363 364 365 366 367 368 369 370 371 372 373 374 375 376 377 378 379 380 381 382 383 384 385 386 387 388 389 390 391 392 393 394 395 396 397 398 399 400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 427 428 429 430 431 432 433 434 435 436 437 438 439 440 441 442 443 444 445 446 447 448 449 450 451 452 453 454 455 456 457 458 459 460 461 462 463 464 465 466 467 468 469 470 471 472 473 474 475 476 477 478 479 480 481 482 483 484 485 486 487 488

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(MODEL): $(STAMP) Makefile tools/train_text_model.py src/mailwarden/textmodel.py
	@if [ -d $(CORPORA)/phish/phishing_pot ]; then \
	  $(BIN)/python tools/train_text_model.py --out $(MODEL) \
	    --phish $(CORPORA)/phish/phishing_pot $(addprefix --ham ,$(wildcard $(CORPORA)/ham/*)) \
	    $(foreach r,$(MODEL_TRAIN_ROUNDS),$(addprefix --train-ham ,$(wildcard bench/modern/round$(r)/ham)) \
	      $(addprefix --train-phish ,$(wildcard bench/modern/round$(r)/phish))) \
	    $(foreach r,$(MODEL_TEST_ROUNDS),$(addprefix --test-ham ,$(wildcard bench/modern/round$(r)/ham)) \
	      $(addprefix --test-phish ,$(wildcard bench/modern/round$(r)/phish))); \
	else echo "no $(CORPORA): the text model is not built and CONTENT_TEXT_MODEL stays off"; fi

model: $(MODEL)

# scan exits 1 when a message is not clean: that is the demo's point, not a failure.
demo: $(STAMP) $(MODEL)
	@echo "== mailwarden scan --offline examples/ =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml examples/ || test $$? -eq 1
	@echo
	@echo "== why: mailwarden scan --offline --explain examples/authenticated-phish.eml =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml --explain \
	  examples/authenticated-phish.eml || test $$? -eq 1

test: lint $(MODEL)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(STAMP) $(MODEL)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/modern.py --jobs 2

eval: $(STAMP) $(MODEL)
	mkdir -p reports
	$(BIN)/mailwarden eval --offline --jobs 2 --phish ../shared/corpora/phish/phishing_pot \
	  --ham ../shared/corpora/ham/* --report reports/eval.md --results reports/results.jsonl

clean:
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache
