import { chapter00 } from "./00-welcome.js";
import { chapter01 } from "./01-charles-joins.js";
import { chapter02 } from "./02-michael-leaves.js";
import { chapter03 } from "./03-michael-scott-paper-company.js";
import { chapter04 } from "./04-search-like-a-pro.js";
import { chapter05 } from "./05-safe-writes.js";
import { chapter06 } from "./06-when-things-go-wrong.js";
import { chapter07 } from "./07-bulk-and-directory-sync.js";
import { chapter08 } from "./08-real-providers-and-their-dialects.js";
import { chapter09 } from "./09-build-your-own-scim-endpoint.js";

export { chapter00, chapter01, chapter02, chapter03, chapter04, chapter05, chapter06, chapter07, chapter08, chapter09 };

/**
 * The course's chapters in order, each with its notebook and its exercises
 * (`chapters[1].exercises.q2` is `chapter01.q2`). Importing this module
 * registers every exercise, so `findExercise("chapter01.q2")` finds it.
 */
export const chapters = [
  { id: "chapter00", notebook: "notebooks/00-welcome.ipynb", title: "Welcome", exercises: chapter00 },
  { id: "chapter01", notebook: "notebooks/01-charles-joins.ipynb", title: "Charles joins", exercises: chapter01 },
  { id: "chapter02", notebook: "notebooks/02-michael-leaves.ipynb", title: "Michael leaves", exercises: chapter02 },
  {
    id: "chapter03",
    notebook: "notebooks/03-michael-scott-paper-company.ipynb",
    title: "The Michael Scott Paper Company",
    exercises: chapter03,
  },
  { id: "chapter04", notebook: "notebooks/04-search-like-a-pro.ipynb", title: "Search like a pro", exercises: chapter04 },
  { id: "chapter05", notebook: "notebooks/05-safe-writes.ipynb", title: "Safe writes", exercises: chapter05 },
  { id: "chapter06", notebook: "notebooks/06-when-things-go-wrong.ipynb", title: "When things go wrong", exercises: chapter06 },
  { id: "chapter07", notebook: "notebooks/07-bulk-and-directory-sync.ipynb", title: "Bulk and directory sync", exercises: chapter07 },
  {
    id: "chapter08",
    notebook: "notebooks/08-real-providers-and-their-dialects.ipynb",
    title: "Real providers and their dialects",
    exercises: chapter08,
  },
  {
    id: "chapter09",
    notebook: "notebooks/09-build-your-own-scim-endpoint.ipynb",
    title: "Build your own SCIM endpoint",
    exercises: chapter09,
  },
] as const;
