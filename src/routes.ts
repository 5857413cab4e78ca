import HomeView from './views/HomeView.vue'

/** Every screen; the home screen is in the first bundle, the others load when visited. */
export const routes = [
  { path: '/', name: 'home', component: HomeView, meta: { title: 'Home' } },
  { path: '/quiz', name: 'quiz', component: () => import('./views/QuizView.vue'), meta: { title: 'Quiz' } },
  { path: '/article', name: 'article', component: () => import('./views/ArticleView.vue'), meta: { title: 'The article' } },
  { path: '/host', name: 'host', component: () => import('./views/HostView.vue'), meta: { title: 'Run a class quiz' } },
  { path: '/class/:code', name: 'class', component: () => import('./views/ClassView.vue'), props: true, meta: { title: 'Class session' } },
  { path: '/class/:code/project', name: 'project', component: () => import('./views/ProjectorView.vue'), props: true, meta: { title: 'Class screen' } },
  { path: '/class/:code/print', name: 'print', component: () => import('./views/PrintView.vue'), props: true, meta: { title: 'Print the quiz' } },
  { path: '/join/:code?', name: 'join', component: () => import('./views/JoinView.vue'), meta: { title: 'Join a class quiz' } },
  { path: '/lab', name: 'lab', component: () => import('./views/LabView.vue'), meta: { title: 'Vote lab' } },
  { path: '/progress', name: 'progress', component: () => import('./views/ProgressView.vue'), meta: { title: 'Your progress' } },
  { path: '/data', name: 'data', component: () => import('./views/DataView.vue'), meta: { title: 'Your data' } },
  // Where "Your data" was, for bookmarks and installed apps' history.
  { path: '/settings', redirect: '/data' },
  { path: '/results/:id', name: 'results', component: () => import('./views/ResultsView.vue'), props: true, meta: { title: 'Results' } },
  { path: '/:path(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: 'Page not found' } },
]
